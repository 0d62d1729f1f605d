using CryoWeb.Controller.Control;
using CryoWeb.Hardware.Thermocouples;
using CryoWeb.Controller.Sensors;

namespace CryoWeb.Controller.Alarms;

/// <summary>
/// A thermocouple reading's fault bits in the words staff read on a tile and in an alarm ("open thermocouple"), never
/// the enum's name ("OpenCircuit"). The one source for the alarm details and the live tiles.
/// </summary>
public static class ThermocoupleFaultWords
{
    public static string? Of(ThermocoupleFaults faults)
    {
        if (faults == ThermocoupleFaults.None)
        {
            return null;
        }

        var words = new List<string>();
        Add(words, faults, ThermocoupleFaults.OpenCircuit, "open thermocouple");
        Add(words, faults, ThermocoupleFaults.BusFailure, "amplifier not answering");
        Add(words, faults, ThermocoupleFaults.OverUnderVoltage, "over/under voltage");
        Add(words, faults, ThermocoupleFaults.TcLow | ThermocoupleFaults.TcHigh | ThermocoupleFaults.TcRange, "out of range");
        Add(words, faults, ThermocoupleFaults.CjLow | ThermocoupleFaults.CjHigh | ThermocoupleFaults.CjRange, "cold junction out of range");
        Add(words, faults, SensorStage.Implausible, "implausible reading");
        return words.Count == 0 ? $"fault 0x{(ushort)faults:X}" : string.Join(", ", words);
    }

    private static void Add(List<string> words, ThermocoupleFaults faults, ThermocoupleFaults bits, string word)
    {
        if ((faults & bits) != 0)
        {
            words.Add(word);
        }
    }
}
