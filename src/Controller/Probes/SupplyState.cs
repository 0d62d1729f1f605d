namespace CryoWeb.Controller.Probes;

/// <summary>What the probes can count on this tick: validated supply pressures (NaN when the sensor is faulty) and the e-stop latch.</summary>
public readonly record struct SupplyState(double ArgonPsi, double ThawPsi, bool EmergencyStopLatched);
