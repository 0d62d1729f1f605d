using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;

namespace CryoWeb.WebUI.Api;

/// <summary>Body of POST /api/probes/{probe}/mode.</summary>
/// <param name="PowerPercent">
/// Freeze power, 10 to 100 %; required for Freeze (a freeze never defaults to full power). Stick and the thaws take no
/// power: one given (other than 100, the default that stands for none) would be ignored, so it is refused. Off ignores
/// it (stopping is never refused). One rule, <see cref="ProtocolStep.PowerProblem"/>, for steps and commands too.
/// </param>
public sealed record ProbeModeRequest(ProbeMode? Mode, double? PowerPercent)
{
    /// <summary>Null when valid, else "field: what is wrong".</summary>
    public string? Problem() => (Mode, PowerPercent) switch
    {
        (null, _) => $"mode: required, one of {string.Join(", ", Enum.GetNames<ProbeMode>())}.",
        (ProbeMode.Freeze, null) => "powerPercent: required for Freeze (10 to 100 %).",
        _ => null,
    };
}
