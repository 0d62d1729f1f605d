using CryoWeb.Controller.Setup;
using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Procedures;
using CryoWeb.Hardware;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Thermal.Layout;

namespace CryoWeb.Controller.Planning;

/// <summary>
/// What planning needs of this console, as plain values (no hardware object): how many probes, the thermocouple
/// channels, the simulator's own layout (null on real hardware) and the controller options a plan runs with (the
/// console's duty window and stick power). Built once at start-up; the plan page reads only this.
/// </summary>
public sealed record PlanConsole(int ProbeCount, IReadOnlyList<PlanChannel> Channels, SimulationLayout? SimulatorLayout, ControllerOptions Options)
{
    /// <summary>By channel: true for a thermal sensor, false for a probe tip (what <see cref="Iceball.IceballLayout.Problem(int, IReadOnlyList{bool})"/> takes).</summary>
    public IReadOnlyList<bool> SensorChannels => [.. Channels.Select(c => !c.IsProbeTip)];

    /// <summary>The console's description from its hardware (internal: the web sees the result, never the plant).</summary>
    internal static PlanConsole From(PlantHardware plant, SimulatedPlant? simulator, ControllerOptions options)
    {
        ArgumentNullException.ThrowIfNull(plant);
        ArgumentNullException.ThrowIfNull(options);
        return new PlanConsole(plant.ProbeCount, [.. plant.Channels.Select(c => new PlanChannel(c.Name, c.IsProbeTip))], simulator?.Layout, options);
    }

    /// <summary>Every channel's name: the running procedure's sensor name where it gives one, else the wiring name.</summary>
    public IReadOnlyList<string> ChannelNames(ProcedureSetup? running) =>
        [.. Channels.Select((c, i) => running?.Sensors?.FirstOrDefault(s => s.Channel == i)?.Name ?? c.Name)];
}
