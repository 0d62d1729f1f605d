using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Sensors;
using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Safety;

/// <summary>
/// Stage 2 of the tick: every interlock, in a fixed order, on this tick's validated readings. Produces the verdict
/// (<see cref="Verdict"/>: per probe the highest freeze power allowed, supplies blocked, and why) and the alarm
/// conditions present, and stops by itself the gas an interlock forbids. Commands of the same tick are checked
/// against the verdict afterwards. Allocation-free.
/// </summary>
internal sealed class InterlockStage
{
    private readonly ProbeController[] _probes;
    private readonly EmergencyStopInterlock _emergencyStop;
    private readonly SensorBusInterlock _sensorBus;
    private readonly SupplyPressureInterlock _supplies;
    private readonly NotThawingInterlock _notThawing;
    private readonly GasWithValveClosedInterlock _gasWithValveClosed;
    private readonly TipFaultInterlock _tipFault;
    private readonly NotCoolingInterlock _notCooling;
    private readonly CriticalStructureInterlock _criticalStructures;
    private readonly LoopHealthInterlock _loopHealth;

    /// <param name="gate">The verdict this stage rebuilds every tick.</param>
    public InterlockStage(ControllerOptions options, ProbeController[] probes, SensorGuardSet guards, ArgonHold hold, SafetyGate gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        _probes = probes;
        Verdict = gate;
        var conditions = Conditions;
        _emergencyStop = new EmergencyStopInterlock(gate, conditions, probes);
        _sensorBus = new SensorBusInterlock(gate, conditions, probes);
        _supplies = new SupplyPressureInterlock(options, gate, conditions, probes);
        _notThawing = new NotThawingInterlock(options, gate, conditions, probes, hold);
        _gasWithValveClosed = new GasWithValveClosedInterlock(options, conditions, probes);
        _tipFault = new TipFaultInterlock(probes);
        _notCooling = new NotCoolingInterlock(options, conditions, probes);
        _criticalStructures = new CriticalStructureInterlock(gate, conditions, probes, guards);
        _loopHealth = new LoopHealthInterlock(options, conditions);
    }

    /// <summary>The verdict of the last tick (rebuilt by every <see cref="Evaluate"/>).</summary>
    public SafetyGate Verdict { get; }

    /// <summary>The alarm conditions present at the last tick.</summary>
    public ConditionSet Conditions { get; } = new();

    /// <param name="argonSupplyOpen">Whether the argon supply was driven open by the last tick.</param>
    public SafetyGate Evaluate(SensorReadings readings, bool emergencyStopLatched, bool argonSupplyOpen, bool storageFailed, double latenessMilliseconds, DateTimeOffset now)
    {
        Conditions.Clear();
        Verdict.Reset();
        _emergencyStop.Evaluate(emergencyStopLatched, now);
        _sensorBus.Evaluate(readings, now);
        _supplies.Evaluate(readings, now);
        _notThawing.Evaluate(readings, argonSupplyOpen, now);
        for (int p = 0; p < _probes.Length; p++)
        {
            _gasWithValveClosed.Evaluate(p, readings, argonSupplyOpen, now);
            _tipFault.Evaluate(p, readings, now);
            _notCooling.Evaluate(p, readings, now);
        }

        _criticalStructures.Evaluate(readings, now);
        _loopHealth.Evaluate(latenessMilliseconds, storageFailed);
        return Verdict;
    }
}
