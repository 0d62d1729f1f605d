using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Protocols;

namespace CryoWeb.Controller.ReadModel;

/// <summary>
/// What the web reads of the control core, built from the published frames on the frame feed thread: the console's
/// static <see cref="Description"/>, the <see cref="Latest"/> frame as a plain record (modes, power in force, the gate's
/// verdict, protocol steps and remaining time, valves), the alarm state, and the protocol definition each probe runs
/// (recorded by the command service when a start is accepted). Readers take no lock shared with the control thread:
/// each frame swaps one immutable reference.
/// </summary>
public sealed class ConsoleReadModel : IFrameSubscriber
{
    private readonly AlarmManager? _alarms;
    private readonly ProtocolDefinition?[] _protocols;
    private readonly bool[] _valveOpen;
    private readonly DateTimeOffset?[] _valveChangedAt;
    private ConsoleState _latest = ConsoleState.Empty;

    public ConsoleReadModel(ConsoleDescription description, AlarmManager? alarms = null)
    {
        ArgumentNullException.ThrowIfNull(description);
        Description = description;
        _alarms = alarms;
        _protocols = new ProtocolDefinition?[description.ProbeCount];
        _valveOpen = new bool[(description.ProbeCount * 2) + 3];
        _valveChangedAt = new DateTimeOffset?[_valveOpen.Length];
    }

    /// <summary>The read model of <paramref name="core"/>'s plant and options.</summary>
    internal ConsoleReadModel(ControlCore core, AlarmManager? alarms = null)
        : this(ConsoleDescription.Of(core?.Plant ?? throw new ArgumentNullException(nameof(core)), core.Options), alarms)
    {
    }

    public ConsoleDescription Description { get; }

    /// <summary>The latest published frame; <see cref="ConsoleState.Empty"/> before the first.</summary>
    public ConsoleState Latest => Volatile.Read(ref _latest);

    /// <summary>The alarms shown and the audio state (an empty snapshot when the console runs without an alarm manager).</summary>
    public AlarmSnapshot? Alarms => _alarms?.Snapshot();

    /// <summary>The protocol definition zero-based <paramref name="probeIndex"/> runs or last ran; null when none (or cleared at a finish).</summary>
    public ProtocolDefinition? ProtocolOf(int probeIndex) =>
        probeIndex >= 0 && probeIndex < _protocols.Length ? Volatile.Read(ref _protocols[probeIndex]) : null;

    /// <summary>The command service tells that <paramref name="definition"/> starts on the zero-based probes.</summary>
    internal void ProtocolStarting(ProtocolDefinition definition, IEnumerable<int> probeIndexes)
    {
        foreach (int p in probeIndexes)
        {
            if (p >= 0 && p < _protocols.Length)
            {
                Volatile.Write(ref _protocols[p], definition);
            }
        }
    }

    /// <summary>The command service tells that the procedure's finish cleared every protocol.</summary>
    internal void ProtocolsCleared()
    {
        for (int p = 0; p < _protocols.Length; p++)
        {
            Volatile.Write(ref _protocols[p], null);
        }
    }

    internal ProtocolDefinition?[] ProtocolsSnapshot() => [.. _protocols];

    internal void RestoreProtocols(ProtocolDefinition?[] protocols)
    {
        for (int p = 0; p < _protocols.Length && p < protocols.Length; p++)
        {
            Volatile.Write(ref _protocols[p], protocols[p]);
        }
    }

    public void OnFrame(ControlFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        int probes = Math.Min(frame.ProbeCount, Description.ProbeCount);
        var probeStates = new ProbeState[probes];
        var valves = new ValveState[(probes * 2) + 3];
        for (int p = 0; p < probes; p++)
        {
            probeStates[p] = new ProbeState(p + 1, frame.ProbeModes[p], frame.ProbeDutyPercent[p], frame.ProtocolStates[p], frame.ProtocolStepIndex[p],
                frame.StepRemainingSeconds[p], frame.GateMaxPowerPercent[p], frame.GateCauses[p], frame.GateSubjects[p]);
            valves[2 * p] = Valve(2 * p, "freeze", p + 1, frame.FreezeValveOpen[p], frame);
            valves[(2 * p) + 1] = Valve((2 * p) + 1, "thaw", p + 1, frame.ThawValveOpen[p], frame);
        }

        valves[2 * probes] = Valve(2 * probes, "argon-supply", null, frame.ArgonSupplyOpen, frame);
        valves[(2 * probes) + 1] = Valve((2 * probes) + 1, "thaw-supply", null, frame.ThawSupplyOpen, frame);
        valves[(2 * probes) + 2] = Valve((2 * probes) + 2, "vent", null, frame.VentOpen, frame);
        Volatile.Write(ref _latest, new ConsoleState(frame.Sequence, frame.Time, frame.EmergencyStopLatched, probeStates, valves));
    }

    public void OnFramesLost(long first, long count)
    {
    }

    /// <summary>A valve's state; a change is dated by the first frame that shows it (valves start closed).</summary>
    private ValveState Valve(int slot, string name, int? probe, bool open, ControlFrame frame)
    {
        if (_valveOpen[slot] != open)
        {
            (_valveOpen[slot], _valveChangedAt[slot]) = (open, frame.Time);
        }

        return new ValveState(name, probe, open, _valveChangedAt[slot]);
    }
}
