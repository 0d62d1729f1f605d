using CryoWeb.Controller.Gate;

namespace CryoWeb.Controller.Probes;

/// <summary>
/// What the probes can count on this tick: validated supply pressures (NaN when the sensor is faulty), the e-stop
/// latch and the safety gate's verdict of this tick (null outside the control loop, e.g. in unit tests of a probe).
/// </summary>
public readonly record struct SupplyState(double ArgonPsi, double ThawPsi, bool EmergencyStopLatched, SafetyGate? Gate = null);
