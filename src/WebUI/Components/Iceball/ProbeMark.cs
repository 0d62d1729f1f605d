namespace CryoWeb.WebUI.Components.Iceball;

/// <summary>
/// A probe on a plane, in the plane's drawing coordinates (mm, vertical already flipped so up is +): its active zone
/// from (<paramref name="X1"/>, <paramref name="Y1"/>) at the tip to (<paramref name="X2"/>, <paramref name="Y2"/>),
/// a single point when the plane cuts across it.
/// </summary>
/// <param name="OffPlaneMm">How far the active zone stays from the plane (0 when it crosses or lies in it).</param>
public sealed record ProbeMark(int Probe, double X1, double Y1, double X2, double Y2, double OffPlaneMm)
{
    /// <summary>Farther than this from the plane, a probe or sensor is drawn faint (it is only projected there).</summary>
    public const double NearPlaneMm = 3;

    /// <summary>The plane cuts across the probe: drawn as a dot.</summary>
    public bool IsPoint => Math.Abs(X2 - X1) + Math.Abs(Y2 - Y1) < 0.5;

    public bool Faint => OffPlaneMm > NearPlaneMm;
}
