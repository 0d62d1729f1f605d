using System.Collections.Concurrent;
using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Safety;
using CryoWeb.Hardware;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Controller.Control;

/// <summary>
/// One control tick, in the order of DESIGN.md: read sensors into preallocated arrays, validate them, evaluate the
/// interlocks and alarm conditions, apply queued commands and advance probes and protocols, drive the valves and the
/// heartbeat, publish the frame. Runs on the control thread (or in tests, called directly with a fake clock).
/// The steady-state tick allocates nothing and takes no lock shared with web code.
/// </summary>
public sealed partial class ControlCore
{
    public const int CommandQueueCapacity = 64;
    private readonly PlantHardware _plant;
    private readonly ControllerOptions _options;
    private readonly ProbeController[] _probes;
    private readonly ProtocolRun[] _protocols;
    private readonly int[] _tipChannel;
    private readonly ConcurrentQueue<ControllerCommand> _commands = new();
    private readonly ControlFrame _frame;
    private int _queued;
    private long _sequence;
    private bool _emergencyStop;
    private bool _valveFaultReported;
    private bool _storageFailed;
    private int _consecutiveOverruns;
    private readonly double[] _coolingReferenceCelsius;
    private readonly DateTimeOffset[] _coolingReferenceAt;
    private readonly SafetyGate _gate;
    private readonly ThawWatch _thawWatch;

    /// <summary>
    /// Told (on the thread that met it: the control thread, or the caller of <see cref="EmergencyStop"/>) when the valve
    /// bank could not drive an output, after the safe state is latched; the host logs it. Once per fault episode (until a
    /// tick drives every output again); never in a normal tick.
    /// </summary>
    public Action<ValveBankFaultException>? ValveFaulted { get; set; }

    public ControlCore(PlantHardware plant, ControllerOptions options, int frameRingCapacity = 1024)
    {
        ArgumentNullException.ThrowIfNull(plant);
        ArgumentNullException.ThrowIfNull(options);
        _plant = plant;
        _options = options;
        int probes = plant.ProbeCount;
        int channels = plant.Thermocouples.ChannelCount;
        if (channels > ConditionSet.SubjectSlots - 1)
        {
            throw new ArgumentException($"{channels} thermocouple channels; the controller handles at most {ConditionSet.SubjectSlots - 1}.", nameof(plant));
        }

        _probes = [.. Enumerable.Range(0, probes).Select(i => new ProbeController(i, options))];
        _protocols = [.. Enumerable.Range(0, probes).Select(_ => new ProtocolRun())];
        _tipChannel = [.. Enumerable.Range(0, probes).Select(p => IndexOfTip(plant, p))];
        _celsius = new double[channels];
        _faults = new CryoWeb.Hardware.Thermocouples.ThermocoupleFaults[channels];
        _lastValidCelsius = [.. Enumerable.Repeat(double.NaN, channels)];
        _lastValidTime = new DateTimeOffset[channels];
        _invalidSince = new DateTimeOffset?[channels];
        _guards = new SensorGuard?[channels];
        _coolingReferenceCelsius = new double[probes];
        _coolingReferenceAt = new DateTimeOffset[probes];
        _gate = new SafetyGate(probes, ExplainGate);
        _thawWatch = new ThawWatch(probes, options);
        _frame = new ControlFrame(channels, probes);
        Frames = new FrameRing(frameRingCapacity, channels, probes);
    }

    /// <summary>Frames published by the ticks, for storage, fan-out and the alarm manager.</summary>
    public FrameRing Frames { get; }

    public PlantHardware Plant => _plant;

    public ControllerOptions Options => _options;

    public bool EmergencyStopLatched => Volatile.Read(ref _emergencyStop);

    public IReadOnlyList<ProbeController> Probes => _probes;

    public IReadOnlyList<ProtocolRun> Protocols => _protocols;

    /// <summary>Storage reports a write failure here (any thread); the tick raises the high-priority alarm and keeps running.</summary>
    public void ReportStorageFailure(bool failed) => Volatile.Write(ref _storageFailed, failed);

    /// <summary>
    /// Emergency stop, on the calling thread: latches, closes every freeze and thaw valve and both supplies at once and
    /// opens the vent, before returning. The loop keeps everything closed until <see cref="ResetEmergencyStopCommand"/>.
    /// </summary>
    public void EmergencyStop()
    {
        Volatile.Write(ref _emergencyStop, true);
        _plant.Valves.CloseAll();
        try
        {
            _plant.Valves.SetOpen(ValveId.Vent, true);
        }
        catch (ValveBankFaultException e)
        {
            // Every valve is already closed by the bank; the vent stays shut. The latch keeps the loop in the safe state.
            ReportValveFault(e);
        }
    }

    /// <summary>Queues a command for the next tick; refused at once when the queue is full.</summary>
    public Task<CommandOutcome> Submit(ControllerCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Interlocked.Increment(ref _queued) > CommandQueueCapacity)
        {
            Interlocked.Decrement(ref _queued);
            command.Complete(CommandOutcome.Refused("The controller is busy (command queue full); try again."));
            return command.Completion;
        }

        _commands.Enqueue(command);
        return command.Completion;
    }

    /// <summary>Runs one tick at <paramref name="now"/>; <paramref name="latenessMilliseconds"/> is how late it started.</summary>
    public void Tick(DateTimeOffset now, double latenessMilliseconds = 0)
    {
        _frame.Conditions.Clear();
        ReadSensors(now);
        EvaluateSafety(now, latenessMilliseconds);
        ApplyCommands(now);
        AdvanceProbes(now);
        ClampToGate(now);
        DriveOutputs(now);
        Publish(now, latenessMilliseconds);
    }

    internal SupplyState Supply => new(_argonPsi, _thawPsi, EmergencyStopLatched, _gate);

    internal bool TipValid(int probe) => _tipChannel[probe] >= 0 && !double.IsNaN(_celsius[_tipChannel[probe]]);

    internal double TipCelsius(int probe) => _tipChannel[probe] >= 0 ? _celsius[_tipChannel[probe]] : double.NaN;

    internal void SetGuards(IReadOnlyList<SensorGuard> guards)
    {
        Array.Clear(_guards);
        foreach (var guard in guards)
        {
            _guards[guard.Channel] = guard;
        }
    }

    internal void ClearEmergencyStop() => Volatile.Write(ref _emergencyStop, false);

    private static int IndexOfTip(PlantHardware plant, int probe)
    {
        for (int c = 0; c < plant.Channels.Count; c++)
        {
            if (plant.Channels[c].TipOfProbe == probe)
            {
                return c;
            }
        }

        return -1;
    }

    private void ApplyCommands(DateTimeOffset now)
    {
        while (_commands.TryDequeue(out var command))
        {
            Interlocked.Decrement(ref _queued);
            CommandOutcome outcome;
            try
            {
                outcome = command.Execute(this, now);
            }
            catch (ArgumentException e)
            {
                outcome = CommandOutcome.Refused(e.Message);
            }

            command.Complete(outcome);
        }
    }

    private void AdvanceProbes(DateTimeOffset now)
    {
        var supply = Supply;
        for (int p = 0; p < _probes.Length; p++)
        {
            _probes[p].Advance(now, TipCelsius(p));
            _protocols[p].Advance(_probes[p], supply, TipValid(p), now);
        }
    }

    private void Publish(DateTimeOffset now, double latenessMilliseconds)
    {
        var frame = _frame;
        frame.Sequence = _sequence;
        frame.Time = now;
        frame.LatenessMilliseconds = latenessMilliseconds;
        _celsius.AsSpan().CopyTo(frame.ChannelCelsius);
        _faults.AsSpan().CopyTo(frame.ChannelFaults);
        (frame.ArgonPsi, frame.ThawPsi, frame.ArgonFault, frame.ThawFault) = (_argonPsi, _thawPsi, _argonFault, _thawFault);
        frame.EmergencyStopLatched = EmergencyStopLatched;
        frame.ArgonMinutesLeft = _argonMinutesLeft;
        for (int p = 0; p < _probes.Length; p++)
        {
            frame.ProbeModes[p] = _probes[p].Mode;
            frame.ProbeDutyPercent[p] = _probes[p].DutyPercent;
            frame.ProtocolStates[p] = _protocols[p].State;
            frame.ProtocolStepIndex[p] = _protocols[p].StepIndex;
            frame.StepRemainingSeconds[p] = _protocols[p].Remaining.TotalSeconds;
            frame.GateMaxPowerPercent[p] = _gate.MaxPowerPercent(p);
            frame.GateCauses[p] = _gate.Reason(p).Cause;
            frame.GateSubjects[p] = _gate.Reason(p).Subject;
        }

        frame.CopyTo(Frames.BeginWrite(_sequence));
        Frames.EndWrite(_sequence);
        _sequence++;
    }
}
