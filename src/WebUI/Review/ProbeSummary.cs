namespace CryoWeb.WebUI.Review;

/// <summary>How long one probe (1-based) spent in each mode during a procedure, and how many freezes it started.</summary>
public sealed record ProbeSummary(
    int Probe,
    double FreezeSeconds,
    double StickSeconds,
    double PassiveThawSeconds,
    double ActiveThawSeconds,
    int Freezes)
{
    public double ThawSeconds => PassiveThawSeconds + ActiveThawSeconds;

    /// <summary>Its freeze-thaw cycles in order, with durations and the coldest tip reading of each.</summary>
    public IReadOnlyList<ProbeCycle> Cycles { get; init; } = [];

    /// <summary>The coldest valid tip reading of the whole procedure; null when unknown (no tip channel recorded).</summary>
    public double? MinimumTipCelsius { get; init; }
}
