using CryoWeb.Hardware.Pressure;
using CryoWeb.Hardware.Thermocouples;

namespace CryoWeb.Controller.Alarms;

/// <summary>Words for the reading faults the frames carry, as staff read them on a tile (the web shows these words, never the hardware's enums).</summary>
public static class FaultText
{
    /// <summary>The controller's plausibility flag (rate of change or range) on top of the amplifier's own bits.</summary>
    public const ThermocoupleFaults Implausible = (ThermocoupleFaults)0x200;

    public static string? Of(ThermocoupleFaults faults) => ThermocoupleFaultWords.Of(faults);

    public static string? Of(PressureFault fault) => fault switch
    {
        PressureFault.None => null,
        PressureFault.OpenWireOrShortToGround => "sensor wire open or shorted to ground",
        PressureFault.ShortToSupply => "sensor shorted to supply",
        PressureFault.BusFailure => "pressure converter not answering",
        PressureFault.NotFitted => "no sensor fitted",
        _ => fault.ToString(),
    };
}
