namespace CryoWeb.WebUI.Review;

/// <summary>
/// What one channel went through: its lowest valid temperature, how long it spent at or below −20 °C and −40 °C,
/// and how many of its samples were invalid (faulted samples take no part in the minimum or the times).
/// </summary>
public sealed record ChannelSummary(
    int Channel,
    string Name,
    double? MinimumCelsius,
    double SecondsAtOrBelowMinus20,
    double SecondsAtOrBelowMinus40,
    int Samples,
    int FaultedSamples)
{
    /// <summary>Time at or below the channel's limit (a critical structure's), null for a channel without one.</summary>
    public double? SecondsAtOrBelowLimit { get; init; }
}
