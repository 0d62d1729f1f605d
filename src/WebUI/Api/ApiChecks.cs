namespace CryoWeb.WebUI.Api;

/// <summary>Checks of route values against the plant, worded like the controller's refusals.</summary>
public static class ApiChecks
{
    /// <summary>Null when <paramref name="probe"/> (1-based) exists, else the reason naming the field.</summary>
    public static string? Probe(int probe, int probeCount) =>
        probe >= 1 && probe <= probeCount ? null : $"probe: {probe} is not a probe of this console (1 to {probeCount}).";
}
