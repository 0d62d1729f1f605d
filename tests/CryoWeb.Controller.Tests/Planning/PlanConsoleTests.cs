using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Setup;
using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Planning;
using CryoWeb.Controller.Safety;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Thermal.Layout;

namespace CryoWeb.Controller.Tests.Planning;

/// <summary>What the plan page is told about the console: plain values taken from the plant once.</summary>
public class PlanConsoleTests
{
    private static readonly SimulatedPlant Simulator = new(SimulationLayout.Default with { GridSpacingMm = 3, MarginMm = 20 }, DateTimeOffset.UnixEpoch);

    [Fact]
    public void The_console_is_described_by_its_probes_channels_simulator_positions_and_options()
    {
        var options = new ControllerOptions { StickPowerPercent = 25 };
        using var hardware = Simulator.CreateHardware(TimeProvider.System);

        var console = new PlanConsole(ConsoleDescription.Of(hardware, options), Simulator.Layout, options);

        Assert.Equal(2, console.ProbeCount);
        Assert.Equal(hardware.Channels.Select(c => (c.Name, c.IsProbeTip)), console.Channels.Select(c => (c.Name, c.IsProbeTip)));
        Assert.Equal([false, false, true, true, true], console.SensorChannels);
        Assert.Same(Simulator.Layout, console.SimulatorLayout);
        Assert.Same(options, console.Options);
        Assert.Null(new PlanConsole(ConsoleDescription.Of(hardware, options), null, options).SimulatorLayout);
    }

    [Fact]
    public void Channel_names_are_the_running_procedures_where_it_names_a_sensor_else_the_wiring_names()
    {
        using var hardware = Simulator.CreateHardware(TimeProvider.System);
        var console = new PlanConsole(ConsoleDescription.Of(hardware), Simulator.Layout, new ControllerOptions());
        var setup = new ProcedureSetup("Case 7", "Kidney", [1, 2], [new SensorSetup(3, "TS2 urethra", SensorRole.CriticalStructure, 0, ProtectiveAction.AlarmOnly, [])]);

        var names = console.ChannelNames(setup);

        Assert.Equal("TS2 urethra", names[3]);
        Assert.Equal([.. hardware.Channels.Select(c => c.Name).Where((_, i) => i != 3)], names.Where((_, i) => i != 3));
        Assert.Equal(setup.ChannelNames(hardware), names);
    }
}
