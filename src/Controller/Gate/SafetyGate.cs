namespace CryoWeb.Controller.Gate;

/// <summary>
/// The interlocks' verdict of one tick, per probe: the highest freeze power allowed (0 = freezing blocked), whether
/// active thaw is allowed, and why. Built at the safety step, before the commands of the same tick; every command
/// that would use gas is checked against it and the valve outputs are clamped by it. Preallocated; the tick writes it
/// without allocating. Only the control thread touches it (the frame carries a copy to everyone else).
/// </summary>
public sealed class SafetyGate
{
    public const double FullPowerPercent = 100;
    private readonly double[] _maxPowerPercent;
    private readonly GateReason[] _freezeReason;
    private readonly Func<int, GateReason, string> _explain;

    /// <param name="probes">Probe count.</param>
    /// <param name="explain">Words a refusal for (probe, reason) in clinical terms; called only when a command is refused.</param>
    public SafetyGate(int probes, Func<int, GateReason, string> explain)
    {
        ArgumentNullException.ThrowIfNull(explain);
        _maxPowerPercent = new double[probes];
        _freezeReason = new GateReason[probes];
        _explain = explain;
        Reset();
    }

    public int ProbeCount => _maxPowerPercent.Length;

    /// <summary>Argon supply must stay closed this tick.</summary>
    public bool ArgonBlocked { get; private set; }

    /// <summary>Thaw gas supply must stay closed this tick (no active thaw).</summary>
    public bool ThawBlocked { get; private set; }

    public GateReason ThawReason { get; private set; }

    /// <summary>Highest freeze power (valve duty, %) allowed for the probe; 0 = freezing (and stick) blocked.</summary>
    public double MaxPowerPercent(int probe) => _maxPowerPercent[probe];

    /// <summary>Why the probe is limited (None when it may freeze at full power).</summary>
    public GateReason Reason(int probe) => _freezeReason[probe];

    public bool FreezeAllowed(int probe) => _maxPowerPercent[probe] > 0;

    /// <summary>Start of the safety step: nothing limited.</summary>
    public void Reset()
    {
        Array.Fill(_maxPowerPercent, FullPowerPercent);
        Array.Fill(_freezeReason, GateReason.None);
        (ArgonBlocked, ThawBlocked, ThawReason) = (false, false, GateReason.None);
    }

    /// <summary>Caps a probe's freeze power; the strictest limit of the tick wins (the first one on a tie).</summary>
    public void Limit(int probe, double maxPowerPercent, GateReason reason)
    {
        if (maxPowerPercent < _maxPowerPercent[probe])
        {
            _maxPowerPercent[probe] = Math.Max(maxPowerPercent, 0);
            _freezeReason[probe] = reason;
        }
    }

    /// <summary>Closes the argon supply: no probe may freeze.</summary>
    public void BlockArgon(GateReason reason)
    {
        ArgonBlocked = true;
        for (int p = 0; p < _maxPowerPercent.Length; p++)
        {
            Limit(p, 0, reason);
        }
    }

    /// <summary>Closes the thaw gas supply: no probe may thaw actively.</summary>
    public void BlockThaw(GateReason reason)
    {
        if (!ThawBlocked)
        {
            (ThawBlocked, ThawReason) = (true, reason);
        }
    }

    /// <summary>
    /// Whether the gate lets a probe enter <paramref name="freezing"/> (freeze or stick) or <paramref name="activeThaw"/>;
    /// null when it does, else the refusal in clinical words. Stopping gas is always allowed.
    /// </summary>
    public string? Refusal(int probe, bool freezing, bool activeThaw) =>
        freezing && !FreezeAllowed(probe) ? _explain(probe, _freezeReason[probe])
        : activeThaw && ThawBlocked ? _explain(probe, ThawReason)
        : null;

    /// <summary>The note for a freeze accepted at a reduced power (e.g. "limited to 50 %"), worded like a refusal.</summary>
    public string Explain(int probe) => _explain(probe, _freezeReason[probe]);
}
