using System.Globalization;
using CryoWeb.Hardware.Pressure;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.WebUI.Api.Simulator;

/// <summary>Body of POST /api/simulator/faults.</summary>
/// <param name="Channel">0-based thermocouple channel (as in sensor-tile-{channel}), for the thermocouple faults.</param>
/// <param name="Valve">For stuck-valve: freeze-{probe}, thaw-{probe} (1-based), argon-supply, thaw-supply or vent.</param>
/// <param name="Supply">For pressure-loss: Argon or ThawGas.</param>
public sealed record SimulatorFaultRequest(SimulatorFaultKind? Kind, int? Channel, string? Valve, GasSupply? Supply, bool? StuckOpen)
{
    /// <summary>Null when the fault can be injected into <paramref name="plant"/>, else "field: what is wrong".</summary>
    public string? Problem(SimulatedPlant plant)
    {
        ArgumentNullException.ThrowIfNull(plant);
        return Kind switch
        {
            null => "kind: required, one of open-thermocouple, shorted-thermocouple, stuck-valve, pressure-loss, spi-failure.",
            SimulatorFaultKind.OpenThermocouple or SimulatorFaultKind.ShortedThermocouple when Channel is not int c || c < 0 || c >= plant.ChannelCount =>
                $"channel: {(Channel is null ? "required" : $"{Channel} is not a channel of this console")} (0 to {plant.ChannelCount - 1}).",
            SimulatorFaultKind.StuckValve when ValveId(plant.ProbeCount) is null =>
                $"valve: '{Valve}' is not a valve; give freeze-N or thaw-N (N = 1 to {plant.ProbeCount}), argon-supply, thaw-supply or vent.",
            SimulatorFaultKind.StuckValve when StuckOpen is null => "stuckOpen: required for stuck-valve (true or false).",
            SimulatorFaultKind.PressureLoss when Supply is null => "supply: required for pressure-loss (Argon or ThawGas).",
            _ => null,
        };
    }

    /// <summary>Breaks the plant as asked; call only when <see cref="Problem"/> is null.</summary>
    public void InjectInto(SimulatedPlant plant)
    {
        ArgumentNullException.ThrowIfNull(plant);
        switch (Kind)
        {
            case SimulatorFaultKind.OpenThermocouple:
                plant.InjectThermocoupleFault(Channel!.Value, SimulatedThermocoupleFault.OpenCircuit);
                break;
            case SimulatorFaultKind.ShortedThermocouple:
                plant.InjectThermocoupleFault(Channel!.Value, SimulatedThermocoupleFault.Shorted);
                break;
            case SimulatorFaultKind.StuckValve:
                plant.InjectStuckValve(ValveId(plant.ProbeCount)!.Value, StuckOpen!.Value);
                break;
            case SimulatorFaultKind.PressureLoss:
                plant.InjectPressureLoss(Supply!.Value);
                break;
            default:
                plant.InjectSpiBusFailure();
                break;
        }
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"kind={Kind} channel={Channel} valve={Valve} supply={Supply} stuckOpen={StuckOpen}");

    private ValveId? ValveId(int probeCount)
    {
        string name = (Valve ?? string.Empty).Trim().ToUpperInvariant();
        int dash = name.LastIndexOf('-');
        int probe = dash > 0 && int.TryParse(name[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;
        bool probeOk = probe >= 1 && probe <= probeCount;
        return name switch
        {
            "ARGON-SUPPLY" => Hardware.Valves.ValveId.ArgonSupply,
            "THAW-SUPPLY" => Hardware.Valves.ValveId.ThawSupply,
            "VENT" => Hardware.Valves.ValveId.Vent,
            _ when probeOk && name.StartsWith("FREEZE-", StringComparison.Ordinal) => Hardware.Valves.ValveId.FreezeOf(probe - 1),
            _ when probeOk && name.StartsWith("THAW-", StringComparison.Ordinal) => Hardware.Valves.ValveId.ThawOf(probe - 1),
            _ => null,
        };
    }
}
