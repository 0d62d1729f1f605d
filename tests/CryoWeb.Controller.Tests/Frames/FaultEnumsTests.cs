using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Sensors;
using CryoWeb.Hardware.Pressure;
using CryoWeb.Hardware.Thermocouples;

namespace CryoWeb.Controller.Tests.Frames;

/// <summary>
/// The sensor stage casts the hardware's fault enums to the controller's own (the frames carry no hardware type), so
/// the two must agree name for name and value for value: a fault added to the hardware and not here fails.
/// </summary>
public sealed class FaultEnumsTests
{
    [Fact]
    public void Every_thermocouple_fault_has_the_same_bit_in_sensor_faults()
    {
        foreach (var fault in Enum.GetValues<ThermocoupleFaults>())
        {
            Assert.True(Enum.TryParse<SensorFaults>(fault.ToString(), out var mirror), $"SensorFaults has no {fault}");
            Assert.Equal((ushort)fault, (ushort)mirror);
        }

        // Only the controller's own flag is extra, and the amplifier never sets it.
        var extra = Enum.GetNames<SensorFaults>().Except(Enum.GetNames<ThermocoupleFaults>());
        Assert.Equal([nameof(SensorFaults.Implausible)], extra);
        Assert.Equal(SensorFaults.Implausible, FaultText.Implausible);
    }

    [Fact]
    public void Every_pressure_fault_has_the_same_value_in_supply_fault()
    {
        Assert.Equal(Enum.GetNames<PressureFault>(), Enum.GetNames<SupplyFault>());
        foreach (var fault in Enum.GetValues<PressureFault>())
        {
            Assert.Equal((int)fault, (int)Enum.Parse<SupplyFault>(fault.ToString()));
        }
    }
}
