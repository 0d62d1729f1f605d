namespace CryoWeb.Controller.Simulator;

/// <summary>A fault to inject into the simulated plant, as plain values.</summary>
/// <param name="Channel">0-based thermocouple channel, for the thermocouple faults.</param>
/// <param name="Valve">For stuck-valve: freeze-{probe}, thaw-{probe} (1-based), argon-supply, thaw-supply or vent.</param>
/// <param name="Supply">For pressure-loss.</param>
public sealed record SimulatorFault(SimulatorFaultKind? Kind, int? Channel, string? Valve, SimulatedSupply? Supply, bool? StuckOpen);
