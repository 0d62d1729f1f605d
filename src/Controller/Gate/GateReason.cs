namespace CryoWeb.Controller.Gate;

/// <summary>Why the gate limits a probe: the cause and its subject (thermocouple channel or zero-based probe; -1 = none).</summary>
public readonly record struct GateReason(GateCause Cause, int Subject)
{
    public static GateReason None { get; } = new(GateCause.None, -1);
}
