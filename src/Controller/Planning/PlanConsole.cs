using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Setup;
using CryoWeb.Thermal.Layout;

namespace CryoWeb.Controller.Planning;

/// <summary>
/// What planning needs of this console, as plain values (no hardware object): the console's description (probes and
/// thermocouple channels, the same record the rest of the web reads), the simulator's own layout (null on real hardware)
/// and the controller options a plan runs with (the console's duty window and stick power). Built once at start-up;
/// the plan page reads only this.
/// </summary>
public sealed record PlanConsole(ConsoleDescription Console, SimulationLayout? SimulatorLayout, ControllerOptions Options)
{
    public int ProbeCount => Console.ProbeCount;

    /// <summary>The thermocouple channels as wired.</summary>
    public IReadOnlyList<ChannelDescription> Channels => Console.Channels;

    /// <summary>By channel: true for a thermal sensor, false for a probe tip (what <see cref="Iceball.IceballLayout.Problem(int, IReadOnlyList{bool})"/> takes).</summary>
    public IReadOnlyList<bool> SensorChannels => [.. Channels.Select(c => !c.IsProbeTip)];

    /// <summary>Every channel's name: the running procedure's sensor name where it gives one, else the wiring name.</summary>
    public IReadOnlyList<string> ChannelNames(ProcedureSetup? running) =>
        running?.ChannelNames(Console) ?? [.. Channels.Select(c => c.Name)];
}
