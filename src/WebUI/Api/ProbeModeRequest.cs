using CryoWeb.Controller.Probes;

namespace CryoWeb.WebUI.Api;

/// <summary>Body of POST /api/probes/{probe}/mode.</summary>
/// <param name="PowerPercent">Freeze power, 10 to 100 %; required for Freeze (a freeze never defaults to full power).</param>
public sealed record ProbeModeRequest(ProbeMode? Mode, double? PowerPercent)
{
    /// <summary>Null when valid, else "field: what is wrong".</summary>
    public string? Problem() => (Mode, PowerPercent) switch
    {
        (null, _) => $"mode: required, one of {string.Join(", ", Enum.GetNames<ProbeMode>())}.",
        (ProbeMode.Freeze, null) => "powerPercent: required for Freeze (10 to 100 %).",
        (ProbeMode.Freeze, < 10 or > 100) => $"powerPercent: freeze power must be 10 to 100 %, not {PowerPercent}.",
        (_, < 0 or > 100) => $"powerPercent: must be 0 to 100 %, not {PowerPercent}.",
        _ => null,
    };
}
