using CryoWeb.Hardware.Thermocouples;
using CryoWeb.Hardware.Thermocouples.Max31856;
using Microsoft.Extensions.Time.Testing;
using IotMax31856 = Iot.Device.Max31856.Max31856;
using IotThermocoupleType = Iot.Device.Max31856.ThermocoupleType;

namespace CryoWeb.Hardware.Tests.Thermocouples;

/// <summary>
/// The reason CryoWeb has its own driver, pinned: the same register bytes fed to Iot.Device.Bindings 4.2.0's
/// Max31856 and to ours. If a future Iot.Device.Bindings fixes these, these tests fail and say so; ours must not change.
/// </summary>
public sealed class IotDeviceBindingsMax31856BugTests : IDisposable
{
    private readonly FakeMax31856SpiDevice _spi = new();

    public void Dispose() => _spi.Dispose();

    [Fact]
    public void Minus_40_C_reads_as_minus_2008_C_in_Iot_Device_Bindings_and_as_minus_40_C_here()
    {
        _spi.SetMeasurement(0x19, 0x00, 0xFD, 0x80, 0x00, 0x00); // CJ +25 C, TC -40 C
        using var iot = new IotMax31856(_spi, IotThermocoupleType.T);
        using var ours = new Max31856Channel(_spi, new NativeChipSelect(), Max31856Settings.Default, new FakeTimeProvider());

        double iotCelsius = iot.GetTemperature().DegreesCelsius;
        ThermocoupleReading reading = ours.Read();

        // Sign-magnitude misreading: bit 18 taken as the sign, 0x3EC00 / 128 = 2008 as the magnitude.
        Assert.Equal(-2008.0, iotCelsius);
        Assert.Equal(-40.0, reading.TemperatureCelsius);
        Assert.True(reading.IsValid);
    }

    [Fact]
    public void An_open_thermocouple_reads_as_a_temperature_in_Iot_Device_Bindings_and_as_a_fault_here()
    {
        _spi.SetMeasurement(0x19, 0x00, 0x01, 0x90, 0x00, 0x01); // stale +25 C with the OPEN status bit set
        using var iot = new IotMax31856(_spi, IotThermocoupleType.T);
        using var ours = new Max31856Channel(_spi, new NativeChipSelect(), Max31856Settings.Default, new FakeTimeProvider());

        double iotCelsius = iot.GetTemperature().DegreesCelsius;
        ThermocoupleReading reading = ours.Read();

        Assert.Equal(25.0, iotCelsius);
        Assert.Equal(ThermocoupleFaults.OpenCircuit, reading.Faults);
        Assert.True(double.IsNaN(reading.TemperatureCelsius));
    }
}
