namespace CryoWeb.WebUI.Review;

/// <summary>
/// One freeze-thaw cycle of a probe: the freeze from its start, then the thaw (passive or active) that followed until the
/// next freeze, the probe being switched off or the end; and the coldest tip reading over the whole cycle.
/// </summary>
/// <param name="Probe">1-based probe.</param>
/// <param name="Number">1 for the probe's first freeze, 2 for its second...</param>
public sealed record ProbeCycle(int Probe, int Number, DateTimeOffset FreezeStart, double FreezeSeconds, double ThawSeconds)
{
    /// <summary>The lowest valid tip reading from the freeze's start to the thaw's end; null when unknown.</summary>
    public double? MinimumTipCelsius { get; init; }

    public DateTimeOffset CycleEnd => FreezeStart.AddSeconds(FreezeSeconds + ThawSeconds);
}
