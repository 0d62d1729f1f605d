using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Configuration;

namespace CryoWeb.Controller.Probes;

/// <summary>
/// The state machine of one probe: its mode, freeze power and how long it has been in the mode; the freeze valve's
/// duty cycle; the end of an active thaw. Runs on the control thread; every call is allocation-free.
/// </summary>
internal sealed class ProbeController(int index, ControllerOptions options)
{
    private DateTimeOffset _modeSince;

    public int Index { get; } = index;

    public ProbeMode Mode { get; private set; } = ProbeMode.Off;

    /// <summary>Valve duty in percent: the set power when freezing, the stick power when sticking, 0 otherwise.</summary>
    public double PowerPercent { get; private set; }

    public DateTimeOffset ModeSince => _modeSince;

    /// <summary>Why the probe last left a mode on its own (active thaw done, safety stop); null after an operator command.</summary>
    public string? LastAutomaticChange { get; private set; }

    /// <summary>Checks a requested mode against the plant and the probe, and enters it; nothing changes when refused.</summary>
    public CommandOutcome TrySet(ProbeMode mode, double powerPercent, SupplyState supply, bool tipValid, DateTimeOffset now)
    {
        string probe = $"Probe {Index + 1}";
        if (supply.EmergencyStopLatched && mode != ProbeMode.Off && mode != ProbeMode.PassiveThaw)
        {
            return CommandOutcome.Refused($"{probe}: emergency stop is active; reset it before using gas.");
        }

        switch (mode)
        {
            case ProbeMode.Freeze when !(powerPercent is >= 10 and <= 100):
                return CommandOutcome.Refused($"powerPercent: freeze power must be 10 to 100 %, not {powerPercent}.");
            case ProbeMode.Freeze or ProbeMode.Stick when !(supply.ArgonPsi >= options.ArgonMinPsi):
                return CommandOutcome.Refused($"{probe}: argon supply is {Describe(supply.ArgonPsi)}, below the {options.ArgonMinPsi:0} psi needed to freeze.");
            case ProbeMode.Freeze or ProbeMode.Stick when !tipValid:
                return CommandOutcome.Refused($"{probe}: its tip thermocouple has no valid reading; freezing needs the tip temperature.");
            case ProbeMode.ActiveThaw when !(supply.ThawPsi >= options.ThawMinPsi):
                return CommandOutcome.Refused($"{probe}: no thaw gas (supply {Describe(supply.ThawPsi)}, needs {options.ThawMinPsi:0} psi); use passive thaw.");
        }

        // The safety gate of this tick: a mode it blocks is refused with its reason; a freeze above its power limit
        // runs at the limit, and the answer says so.
        string? note = null;
        if (supply.Gate is { } gate)
        {
            if (gate.Refusal(Index, mode is ProbeMode.Freeze or ProbeMode.Stick, mode == ProbeMode.ActiveThaw) is string refused)
            {
                return CommandOutcome.Refused(refused);
            }

            if (mode == ProbeMode.Freeze && powerPercent > gate.MaxPowerPercent(Index))
            {
                (powerPercent, note) = (gate.MaxPowerPercent(Index), gate.Explain(Index));
            }
        }

        Enter(mode, mode == ProbeMode.Freeze ? powerPercent : 0, now, automatic: note);
        return note is null ? CommandOutcome.Ok : new CommandOutcome(true, note);
    }

    /// <summary>Safety or protocol change that needs no checks (stopping gas is always allowed).</summary>
    public void Force(ProbeMode mode, DateTimeOffset now, string reason)
    {
        if (Mode != mode)
        {
            Enter(mode, 0, now, reason);
        }
    }

    /// <summary>Lowers the freeze power (critical-structure "reduce" action); no effect unless freezing above it.</summary>
    public void LimitPower(double maxPercent, string reason)
    {
        if (Mode == ProbeMode.Freeze && PowerPercent > maxPercent)
        {
            PowerPercent = maxPercent;
            LastAutomaticChange = reason;
        }
    }

    /// <summary>Per tick: ends an active thaw when the tip passes the end temperature or the time is up.</summary>
    public void Advance(DateTimeOffset now, double tipCelsius)
    {
        if (Mode != ProbeMode.ActiveThaw)
        {
            return;
        }

        if (tipCelsius > options.ActiveThawEndCelsius)
        {
            Enter(ProbeMode.Off, 0, now, "active thaw done: tip warm");
        }
        else if (now - _modeSince >= options.ActiveThawMaxDuration)
        {
            Enter(ProbeMode.Off, 0, now, "active thaw done: time limit");
        }
    }

    /// <summary>
    /// Whether the freeze valve is open at <paramref name="now"/>: on for the first power % of every duty window, the
    /// power never above <paramref name="maxDutyPercent"/> (the safety gate's limit of this tick).
    /// </summary>
    public bool FreezeValveOpen(DateTimeOffset now, double maxDutyPercent = 100)
    {
        double duty = Math.Min(maxDutyPercent, Mode switch
        {
            ProbeMode.Freeze => PowerPercent,
            ProbeMode.Stick => options.StickPowerPercent,
            _ => 0,
        });
        if (duty <= 0)
        {
            return false;
        }

        if (duty >= 100)
        {
            return true;
        }

        long window = options.DutyWindow.Ticks;
        long phase = (now - _modeSince).Ticks % window;
        return phase < (long)(window * duty / 100);
    }

    public bool ThawValveOpen => Mode == ProbeMode.ActiveThaw;

    /// <summary>Effective valve duty for display and records.</summary>
    public double DutyPercent => Mode switch
    {
        ProbeMode.Freeze => PowerPercent,
        ProbeMode.Stick => options.StickPowerPercent,
        ProbeMode.ActiveThaw => 100,
        _ => 0,
    };

    private static string Describe(double psi) => double.IsNaN(psi) ? "unknown (sensor fault)" : $"{psi:0} psi";

    private void Enter(ProbeMode mode, double powerPercent, DateTimeOffset now, string? automatic)
    {
        Mode = mode;
        PowerPercent = mode == ProbeMode.Freeze ? powerPercent : 0;
        _modeSince = now;
        LastAutomaticChange = automatic;
    }
}
