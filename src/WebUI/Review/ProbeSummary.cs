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
}
