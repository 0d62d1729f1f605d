using CryoWeb.Controller.Simulator;
using System.Globalization;

namespace CryoWeb.WebUI.Api.Simulator;

/// <summary>Body of POST /api/simulator/faults; checked and injected by the controller's <see cref="IConsoleSimulator"/>.</summary>
/// <param name="Channel">0-based thermocouple channel (as in sensor-tile-{channel}), for the thermocouple faults.</param>
/// <param name="Valve">For stuck-valve: freeze-{probe}, thaw-{probe} (1-based), argon-supply, thaw-supply or vent.</param>
/// <param name="Supply">For pressure-loss: Argon or ThawGas.</param>
public sealed record SimulatorFaultRequest(SimulatorFaultKind? Kind, int? Channel, string? Valve, SimulatedSupply? Supply, bool? StuckOpen)
{
    public SimulatorFault ToFault() => new(Kind, Channel, Valve, Supply, StuckOpen);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"kind={Kind} channel={Channel} valve={Valve} supply={Supply} stuckOpen={StuckOpen}");
}
