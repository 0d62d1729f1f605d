using System.Globalization;
using CryoWeb.Controller.Iceball;
using CryoWeb.Hardware.Pressure;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Controller.Simulator;

/// <summary>The <see cref="IConsoleSimulator"/> over the simulated plant, when the console runs on one (null plant: real hardware).</summary>
internal sealed class ConsoleSimulator(SimulatedPlant? plant) : IConsoleSimulator
{
    private const string NotSimulated = "This console drives real hardware; faults can only be injected into the simulator.";

    public bool IsSimulated => plant is not null;

    public IceballLayout? Positions(out string? problem)
    {
        if (plant is null)
        {
            problem = null;
            return null;
        }

        return SimulatorPositions.From(plant.Layout, out problem);
    }

    public string? Problem(SimulatorFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (plant is null)
        {
            return NotSimulated;
        }

        return fault.Kind switch
        {
            null => "kind: required, one of open-thermocouple, shorted-thermocouple, stuck-valve, pressure-loss, spi-failure.",
            SimulatorFaultKind.OpenThermocouple or SimulatorFaultKind.ShortedThermocouple when fault.Channel is not int c || c < 0 || c >= plant.ChannelCount =>
                $"channel: {(fault.Channel is null ? "required" : $"{fault.Channel} is not a channel of this console")} (0 to {plant.ChannelCount - 1}).",
            SimulatorFaultKind.StuckValve when ValveOf(fault.Valve, plant.ProbeCount) is null =>
                $"valve: '{fault.Valve}' is not a valve; give freeze-N or thaw-N (N = 1 to {plant.ProbeCount}), argon-supply, thaw-supply or vent.",
            SimulatorFaultKind.StuckValve when fault.StuckOpen is null => "stuckOpen: required for stuck-valve (true or false).",
            SimulatorFaultKind.PressureLoss when fault.Supply is null => "supply: required for pressure-loss (Argon or ThawGas).",
            _ => null,
        };
    }

    public void Inject(SimulatorFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var simulated = plant ?? throw new InvalidOperationException(NotSimulated);
        switch (fault.Kind)
        {
            case SimulatorFaultKind.OpenThermocouple:
                simulated.InjectThermocoupleFault(fault.Channel!.Value, SimulatedThermocoupleFault.OpenCircuit);
                break;
            case SimulatorFaultKind.ShortedThermocouple:
                simulated.InjectThermocoupleFault(fault.Channel!.Value, SimulatedThermocoupleFault.Shorted);
                break;
            case SimulatorFaultKind.StuckValve:
                simulated.InjectStuckValve(ValveOf(fault.Valve, simulated.ProbeCount)!.Value, fault.StuckOpen!.Value);
                break;
            case SimulatorFaultKind.PressureLoss:
                simulated.InjectPressureLoss(fault.Supply == SimulatedSupply.Argon ? GasSupply.Argon : GasSupply.ThawGas);
                break;
            default:
                simulated.InjectSpiBusFailure();
                break;
        }
    }

    public void ClearFaults() => (plant ?? throw new InvalidOperationException(NotSimulated)).ClearFaults();

    private static ValveId? ValveOf(string? valve, int probeCount)
    {
        string name = (valve ?? string.Empty).Trim().ToUpperInvariant();
        int dash = name.LastIndexOf('-');
        int probe = dash > 0 && int.TryParse(name[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;
        bool probeOk = probe >= 1 && probe <= probeCount;
        return name switch
        {
            "ARGON-SUPPLY" => ValveId.ArgonSupply,
            "THAW-SUPPLY" => ValveId.ThawSupply,
            "VENT" => ValveId.Vent,
            _ when probeOk && name.StartsWith("FREEZE-", StringComparison.Ordinal) => ValveId.FreezeOf(probe - 1),
            _ when probeOk && name.StartsWith("THAW-", StringComparison.Ordinal) => ValveId.ThawOf(probe - 1),
            _ => null,
        };
    }
}
