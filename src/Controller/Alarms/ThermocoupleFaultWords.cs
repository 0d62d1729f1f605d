using CryoWeb.Controller.Sensors;

namespace CryoWeb.Controller.Alarms;

/// <summary>
/// A thermocouple reading's fault bits in the words staff read on a tile and in an alarm ("open thermocouple"), never
/// the enum's name ("OpenCircuit"). The one source for the alarm details and the live tiles.
/// </summary>
public static class ThermocoupleFaultWords
{
    public static string? Of(SensorFaults faults)
    {
        if (faults == SensorFaults.None)
        {
            return null;
        }

        var words = new List<string>();
        Add(words, faults, SensorFaults.OpenCircuit, "open thermocouple");
        Add(words, faults, SensorFaults.BusFailure, "amplifier not answering");
        Add(words, faults, SensorFaults.OverUnderVoltage, "over/under voltage");
        Add(words, faults, SensorFaults.TcLow | SensorFaults.TcHigh | SensorFaults.TcRange, "out of range");
        Add(words, faults, SensorFaults.CjLow | SensorFaults.CjHigh | SensorFaults.CjRange, "cold junction out of range");
        Add(words, faults, SensorStage.Implausible, "implausible reading");
        return words.Count == 0 ? $"fault 0x{(ushort)faults:X}" : string.Join(", ", words);
    }

    private static void Add(List<string> words, SensorFaults faults, SensorFaults bits, string word)
    {
        if ((faults & bits) != 0)
        {
            words.Add(word);
        }
    }
}
