using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Configuration;

namespace CryoWeb.Controller.Safety;

/// <summary>
/// Watches that a probe commanded not to freeze really thaws: a freeze valve stuck open keeps a cold tip cold (there
/// is no valve position sensing, so the tip is the witness). A window opens when a probe leaves freeze or stick for
/// off or passive thaw, or enters active thaw, with its tip below <see cref="ControllerOptions.NotThawingJudgeBelowCelsius"/>.
/// Within <see cref="ControllerOptions.NotThawingDeadline"/> the tip must warm by
/// <see cref="ControllerOptions.NotThawingMinWarmingCelsius"/> above its coldest reading in the window (passive), or
/// reach <see cref="ControllerOptions.NotThawingActiveThawCelsius"/> (active: thaw gas against a stuck freeze valve
/// settles far below it), or climb out of the judged range. Judged only while argon can reach the probe (supply open);
/// while the supply is closed the window's clock starts again. Preallocated; allocation-free.
/// </summary>
public sealed class ThawWatch
{
    private readonly ControllerOptions _options;
    private readonly ProbeMode[] _lastMode;
    private readonly WatchKind[] _kind;
    private readonly DateTimeOffset[] _since;
    private readonly double[] _coldestCelsius;

    public ThawWatch(int probes, ControllerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _lastMode = new ProbeMode[probes];
        _kind = new WatchKind[probes];
        _since = new DateTimeOffset[probes];
        _coldestCelsius = new double[probes];
    }

    private enum WatchKind : byte
    {
        None,
        Passive,
        Active,
    }

    /// <summary>Whether the probe is being watched now (for tests and the docs' examples).</summary>
    public bool IsWatching(int probe) => _kind[probe] != WatchKind.None;

    /// <summary>
    /// Per tick, at the safety step: the probe's mode and tip now and whether the argon supply is open (driven last
    /// tick). True once, at the deadline, when the probe has not thawed as it must.
    /// </summary>
    public bool NotThawing(int probe, ProbeMode mode, double tipCelsius, bool argonOpen, DateTimeOffset now)
    {
        var previous = _lastMode[probe];
        _lastMode[probe] = mode;
        if (mode is ProbeMode.Freeze or ProbeMode.Stick || double.IsNaN(tipCelsius))
        {
            _kind[probe] = WatchKind.None;
            return false;
        }

        if (mode != previous)
        {
            if (mode == ProbeMode.ActiveThaw)
            {
                Open(probe, WatchKind.Active, tipCelsius, now);
            }
            else if (previous is ProbeMode.Freeze or ProbeMode.Stick)
            {
                Open(probe, WatchKind.Passive, tipCelsius, now);
            }
            else if (previous == ProbeMode.ActiveThaw)
            {
                // An active thaw that ended warmed the tip (or ran its time); its ice cooling the tip back is normal.
                _kind[probe] = WatchKind.None;
            }

            // Off <-> passive thaw: the same valves closed; a running window goes on.
        }

        if (_kind[probe] == WatchKind.None)
        {
            return false;
        }

        if (!argonOpen)
        {
            // No argon can pass a stuck valve now: judge from when it can again.
            (_since[probe], _coldestCelsius[probe]) = (now, tipCelsius);
        }

        _coldestCelsius[probe] = Math.Min(_coldestCelsius[probe], tipCelsius);
        bool thawing = _kind[probe] == WatchKind.Active
            ? tipCelsius >= _options.NotThawingActiveThawCelsius
            : tipCelsius >= _options.NotThawingJudgeBelowCelsius || tipCelsius - _coldestCelsius[probe] >= _options.NotThawingMinWarmingCelsius;
        if (thawing)
        {
            _kind[probe] = WatchKind.None;
            return false;
        }

        if (now - _since[probe] < _options.NotThawingDeadline)
        {
            return false;
        }

        _kind[probe] = WatchKind.None;
        return true;
    }

    private void Open(int probe, WatchKind kind, double tipCelsius, DateTimeOffset now)
    {
        _kind[probe] = tipCelsius < _options.NotThawingJudgeBelowCelsius ? kind : WatchKind.None;
        (_since[probe], _coldestCelsius[probe]) = (now, tipCelsius);
    }
}
