using CryoWeb.Controller.Sensors;

namespace CryoWeb.Controller.Alarms;

/// <summary>Words for the reading faults the frames carry, as staff read them on a tile (the web shows these words, never the hardware's enums).</summary>
public static class FaultText
{
    /// <summary>The controller's plausibility flag (rate of change or range) on top of the amplifier's own bits.</summary>
    public const SensorFaults Implausible = SensorFaults.Implausible;

    public static string? Of(SensorFaults faults) => ThermocoupleFaultWords.Of(faults);

    public static string? Of(SupplyFault fault) => fault switch
    {
        SupplyFault.None => null,
        SupplyFault.OpenWireOrShortToGround => "sensor wire open or shorted to ground",
        SupplyFault.ShortToSupply => "sensor shorted to supply",
        SupplyFault.BusFailure => "pressure converter not answering",
        SupplyFault.NotFitted => "no sensor fitted",
        _ => fault.ToString(),
    };
}
