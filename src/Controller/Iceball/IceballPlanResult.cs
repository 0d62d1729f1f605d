namespace CryoWeb.Controller.Iceball;

/// <summary>What <see cref="IceballPlanner"/> predicted, and how fast: <see cref="SimulatedSeconds"/> of protocol in <see cref="WallSeconds"/>.</summary>
public sealed record IceballPlanResult(IReadOnlyList<IceballPlanPoint> Timeline, IceballEstimate Peak, double SimulatedSeconds, double WallSeconds)
{
    public double RealTimeFactor => WallSeconds > 0 ? SimulatedSeconds / WallSeconds : double.PositiveInfinity;
}
