using CryoWeb.Controller.Control;
using CryoWeb.Hardware.Thermocouples;

namespace CryoWeb.Controller.Alarms;

/// <summary>A thermocouple fault in the words staff read on a tile and in an alarm ("open thermocouple"), never the flag names.</summary>
public static class SensorFaultWords
{
    private static readonly (ThermocoupleFaults Bits, string Words)[] Table =
    [
        (ThermocoupleFaults.OpenCircuit, "open thermocouple"),
        (ThermocoupleFaults.BusFailure, "amplifier not answering"),
        (ThermocoupleFaults.OverUnderVoltage, "over/under voltage"),
        (ThermocoupleFaults.TcLow | ThermocoupleFaults.TcHigh | ThermocoupleFaults.TcRange, "out of range"),
        (ThermocoupleFaults.CjLow | ThermocoupleFaults.CjHigh | ThermocoupleFaults.CjRange, "cold junction out of range"),
        (ControlCore.Implausible, "implausible reading"),
    ];

    public static string Of(ThermocoupleFaults faults)
    {
        var words = Table.Where(t => (faults & t.Bits) != 0).Select(t => t.Words).ToList();
        return words.Count > 0 ? string.Join(", ", words) : faults == ThermocoupleFaults.None ? "fault" : $"fault 0x{(ushort)faults:X}";
    }
}
