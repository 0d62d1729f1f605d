namespace CryoWeb.WebUI.Components.Iceball;

/// <summary>A thermal sensor projected onto a plane, in the plane's drawing coordinates (mm, up is +).</summary>
public sealed record SensorMark(int Channel, string Label, double X, double Y, double OffPlaneMm)
{
    public bool Faint => OffPlaneMm > ProbeMark.NearPlaneMm;
}
