using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;

namespace CryoWeb.Controller.Contract;

/// <summary>One probe in the latest published frame: its mode and the power in force, its protocol's state, step and
/// remaining time, and the safety gate's verdict (power limit, cause and subject).</summary>
/// <param name="Probe">1-based.</param>
/// <param name="GateMaxPowerPercent">100 = not limited, 0 = freezing blocked.</param>
/// <param name="GateSubject">Thermocouple channel, or zero-based probe for ProbeNotThawing; -1 = none.</param>
public sealed record ProbeState(
    int Probe,
    ProbeMode Mode,
    double DutyPercent,
    ProtocolState Protocol,
    int StepIndex,
    double StepRemainingSeconds,
    double GateMaxPowerPercent,
    GateCause GateCause,
    int GateSubject)
{
    /// <summary>The protocol holds the probe (running or paused).</summary>
    public bool ProtocolActive => Protocol is ProtocolState.Running or ProtocolState.Paused;
}
