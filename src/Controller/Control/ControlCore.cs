using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Safety;
using CryoWeb.Controller.Sensors;
using CryoWeb.Hardware;
using CryoWeb.Hardware.Valves;
using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Conditions;
using CryoWeb.Controller.Frames;

namespace CryoWeb.Controller.Control;

/// <summary>
/// One console's control core: the tick as stages that pass data, in the order of DESIGN.md (see <see cref="Tick"/>),
/// the command queue, and the emergency stop. Runs on the control thread (or in tests, called directly with a fake
/// clock). The steady-state tick allocates nothing and takes no lock shared with web code.
/// </summary>
internal sealed class ControlCore : ICommandChannel, IFrameSource
{
    public const int CommandQueueCapacity = CommandStage.Capacity;

    /// <summary>Set by the sensor validation: out of range, or changing faster than a real needle can.</summary>
    public const SensorFaults Implausible = SensorStage.Implausible;

    private readonly ProbeController[] _probes;
    private readonly ProtocolRun[] _protocols;
    private readonly TickState _state;
    private readonly GateWording _wording;
    private readonly SensorStage _sensors;
    private readonly InterlockStage _interlocks;
    private readonly CommandStage _commands;
    private readonly ProbeStage _probeStage;
    private readonly OutputStage _outputs;
    private readonly FramePublisher _publisher;
    private bool _storageFailed;

    public ControlCore(PlantHardware plant, ControllerOptions options, int frameRingCapacity = 1024)
    {
        ArgumentNullException.ThrowIfNull(plant);
        ArgumentNullException.ThrowIfNull(options);
        Plant = plant;
        Options = options;
        int probes = plant.ProbeCount;
        int channels = plant.Thermocouples.ChannelCount;
        if (channels > ConditionSet.SubjectSlots - 1)
        {
            throw new ArgumentException($"{channels} thermocouple channels; the controller handles at most {ConditionSet.SubjectSlots - 1}.", nameof(plant));
        }

        _probes = [.. Enumerable.Range(0, probes).Select(i => new ProbeController(i, options))];
        _protocols = [.. Enumerable.Range(0, probes).Select(_ => new ProtocolRun())];
        _sensors = new SensorStage(plant, options);
        var guards = new SensorGuardSet(channels);
        _wording = new GateWording(options, _sensors.Readings, guards, plant.Channels);
        var verdict = new SafetyGate(probes, _wording.Explain);
        _state = new TickState(_probes, _protocols, _sensors.Readings, verdict, guards, new EmergencyStopLatch(), new ArgonHold());
        _interlocks = new InterlockStage(options, _probes, guards, _state.ArgonHold, verdict);
        _commands = new CommandStage(_state, plant.Channels);
        _probeStage = new ProbeStage(_state);
        _outputs = new OutputStage(plant, options, _state);
        Frames = new FrameRing(frameRingCapacity, channels, probes);
        _publisher = new FramePublisher(_state, _outputs, _interlocks.Conditions, Frames);
    }

    /// <summary>Frames published by the ticks, for storage, fan-out and the alarm manager.</summary>
    public FrameRing Frames { get; }

    public PlantHardware Plant { get; }

    public ControllerOptions Options { get; }

    public bool EmergencyStopLatched => _state.EmergencyStop.IsLatched;

    /// <summary>The zero-based probe found not thawing, for which the argon supply is held closed; -1 when none.</summary>
    public int ArgonHeldForProbe => _state.ArgonHold.HeldForProbe;

    public int ProbeCount => _probes.Length;

    public IReadOnlyList<ProbeController> Probes => _probes;

    public IReadOnlyList<ProtocolRun> Protocols => _protocols;

    /// <summary>
    /// Told (on the thread that met it: the control thread, or the caller of <see cref="EmergencyStop"/>) when the valve
    /// bank could not drive an output, after the safe state is latched; the host logs it. Once per fault episode (until a
    /// tick drives every output again); never in a normal tick.
    /// </summary>
    public Action<ValveBankFaultException>? ValveFaulted
    {
        get => _outputs.Faulted;
        set => _outputs.Faulted = value;
    }

    /// <summary>The names in force (the running procedure's, else the plant's); set once by the host. Read only when a
    /// command meets the gate, never in a steady tick.</summary>
    public ISensorNaming? Naming
    {
        get => _wording.Naming;
        set => _wording.Naming = value;
    }

    /// <summary>The sensor guard in force on a thermocouple channel; null when the channel is not watched.</summary>
    internal SensorGuard? GuardOf(int channel) => _state.Guards[channel];

    /// <summary>The name a refusal gives a thermocouple channel: the team's name while a procedure runs ("TS1 urethra").</summary>
    public string SensorName(int channel) => _wording.SensorName(channel);

    /// <summary>Storage reports a write failure or its recovery here (any thread); the next tick raises or clears the high-priority alarm and keeps running.</summary>
    public void ReportStorageHealth(bool failed) => Volatile.Write(ref _storageFailed, failed);

    /// <summary>
    /// Emergency stop, on the calling thread: latches, closes every freeze and thaw valve and both supplies at once and
    /// opens the vent, before returning. The loop keeps everything closed until <see cref="ResetEmergencyStopCommand"/>.
    /// </summary>
    public void EmergencyStop()
    {
        _state.EmergencyStop.Latch();
        _outputs.CloseAllAndVent();
    }

    /// <summary>Queues a command for the next tick; refused at once when the queue is full.</summary>
    public Task<CommandOutcome> Submit(ControllerCommand command) => _commands.Submit(command);

    /// <summary>Runs one tick at <paramref name="now"/>; <paramref name="latenessMilliseconds"/> is how late it started.</summary>
    public void Tick(DateTimeOffset now, double latenessMilliseconds = 0)
    {
        // 1. Read every sensor and validate it (an invalid reading is NaN, never used for control).
        var readings = _sensors.Read(now);
        // 2. Interlocks: the verdict (per probe the highest power allowed, supplies blocked, why) and the alarm conditions.
        _interlocks.Evaluate(readings, EmergencyStopLatched, _outputs.ArgonSupplyOpen, Volatile.Read(ref _storageFailed), latenessMilliseconds, now);
        // 3. Queued commands, checked against that verdict: what it forbids is refused with its reason.
        _commands.ExecuteQueued(now);
        // 4. Probes and protocols advance.
        _probeStage.Advance(now);
        // 5. Outputs clamped by the verdict: the probes held to it, then the valves driven (freeze power = duty over a
        //    short window), then the heartbeat.
        _outputs.Apply(now);
        // 6. The frame published to the ring.
        _publisher.Publish(now, latenessMilliseconds);
    }
}
