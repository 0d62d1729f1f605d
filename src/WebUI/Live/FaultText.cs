using CryoWeb.Hardware.Pressure;
using CryoWeb.Hardware.Thermocouples;

namespace CryoWeb.WebUI.Live;

/// <summary>Words for reading faults, as staff read them on a tile.</summary>
public static class FaultText
{
    /// <summary>The controller's plausibility flag (rate of change or range) on top of the amplifier's own bits.</summary>
    public const ThermocoupleFaults Implausible = (ThermocoupleFaults)0x200;

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
        Add(words, faults, Implausible, "implausible reading");
        return words.Count == 0 ? $"fault 0x{(ushort)faults:X}" : string.Join(", ", words);
    }

    public static string? Of(PressureFault fault) => fault switch
    {
        PressureFault.None => null,
        PressureFault.OpenWireOrShortToGround => "sensor wire open or shorted to ground",
        PressureFault.ShortToSupply => "sensor shorted to supply",
        PressureFault.BusFailure => "pressure converter not answering",
        PressureFault.NotFitted => "no sensor fitted",
        _ => fault.ToString(),
    };

    private static void Add(List<string> words, ThermocoupleFaults faults, ThermocoupleFaults bits, string word)
    {
        if ((faults & bits) != 0)
        {
            words.Add(word);
        }
    }
}
