using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Safety;
using CryoWeb.Controller.Sensors;

namespace CryoWeb.Controller.Control;

/// <summary>
/// What the stages of one console share: the probes and their protocols, this tick's readings and verdict, the
/// emergency-stop latch, the argon hold and the sensor guards. Built once by <see cref="ControlCore"/>; touched by the
/// control thread only (the latch and the hold are also read elsewhere, through their own volatile fields).
/// </summary>
internal sealed class TickState(ProbeController[] probes, ProtocolRun[] protocols, SensorReadings readings, SafetyGate verdict, SensorGuardSet guards, EmergencyStopLatch emergencyStop, ArgonHold argonHold)
{
    public ProbeController[] Probes { get; } = probes;

    public ProtocolRun[] Protocols { get; } = protocols;

    public SensorReadings Readings { get; } = readings;

    public SafetyGate Verdict { get; } = verdict;

    public SensorGuardSet Guards { get; } = guards;

    public EmergencyStopLatch EmergencyStop { get; } = emergencyStop;

    public ArgonHold ArgonHold { get; } = argonHold;

    /// <summary>What a probe can count on now: the validated pressures, the latch and this tick's verdict.</summary>
    public SupplyState Supply => new(Readings.ArgonPsi, Readings.ThawPsi, EmergencyStop.IsLatched, Verdict);
}
