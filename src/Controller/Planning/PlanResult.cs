namespace CryoWeb.Controller.Planning;

/// <summary>All reports of a planning run, and how fast it ran.</summary>
public sealed record PlanResult(IReadOnlyList<PlanReport> Reports, double SimulatedSeconds, double WallSeconds, string Grid)
{
    public double RealTimeFactor => WallSeconds > 0 ? SimulatedSeconds / WallSeconds : double.PositiveInfinity;
}
