using CryoWeb.Controller.Outcomes;
using System.Numerics;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Control;
using CryoWeb.Hardware;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Hardware.Valves;
using CryoWeb.Thermal.Layout;
using CryoWeb.Thermal.Probes;
using Microsoft.Extensions.Time.Testing;
using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Frames;

namespace CryoWeb.Controller.Tests.Control;

/// <summary>
/// The controller on the simulated plant with a fake clock: each tick advances the clock and the physics by one
/// period, then runs the control tick, as the live console does, only faster than real time.
/// </summary>
internal sealed class ConsoleHarness
{
    /// <param name="wrapValves">Puts a test bank (e.g. one that fails) between the controller and the simulated valves.</param>
    public ConsoleHarness(SimulationLayout? layout = null, ControllerOptions? options = null, Func<IValveBank, IValveBank>? wrapValves = null)
    {
        Layout = layout ?? ThreeProbes();
        Options = options ?? new ControllerOptions();
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        Plant = new SimulatedPlant(Layout, Time.GetUtcNow(), Options.TickPeriod.TotalSeconds);
        var simulated = Plant.CreateHardware(Time);
        Valves = (SimulatedValveBank)simulated.Valves;
        Hardware = wrapValves is null
            ? simulated
            : new PlantHardware(simulated.Description, wrapValves(simulated.Valves), simulated.Thermocouples, simulated.Pressures, simulated.Heartbeat, simulated.Channels);
        Core = new ControlCore(Hardware, Options);
    }

    public SimulationLayout Layout { get; }

    public ControllerOptions Options { get; }

    public FakeTimeProvider Time { get; }

    public SimulatedPlant Plant { get; }

    public PlantHardware Hardware { get; }

    public SimulatedValveBank Valves { get; }

    public ControlCore Core { get; }

    /// <summary>Optional consumer called after every tick with the frame just published (like storage).</summary>
    public Action<ControlFrame>? OnFrame { get; set; }

    private ControlFrame? _scratch;

    /// <summary>Three probes 15 mm apart, two thermal sensors; coarse grid so tests run fast.</summary>
    public static SimulationLayout ThreeProbes(int parallelism = 2) => new()
    {
        GridSpacingMm = 3,
        MarginMm = 20,
        MaxDegreeOfParallelism = parallelism,
        Probes =
        [
            new SimulatedProbe { Name = "P1", TipMm = new Vector3(-15, 0, 0) },
            new SimulatedProbe { Name = "P2", TipMm = new Vector3(0, 0, 0) },
            new SimulatedProbe { Name = "P3", TipMm = new Vector3(15, 0, 0) },
        ],
        Sensors =
        [
            new SimulatedThermalSensor { Name = "TS1 near P1", PositionMm = new Vector3(-15, 6, 15) },
            new SimulatedThermalSensor { Name = "TS2 far", PositionMm = new Vector3(0, 25, 15) },
        ],
    };

    public void RunFor(TimeSpan duration)
    {
        long ticks = (long)Math.Round(duration / Options.TickPeriod);
        for (long i = 0; i < ticks; i++)
        {
            Tick();
        }
    }

    public void Tick(double latenessMilliseconds = 0)
    {
        Time.Advance(Options.TickPeriod);
        Plant.Advance(Options.TickPeriod);
        Core.Tick(Time.GetUtcNow(), latenessMilliseconds);
        if (OnFrame is not null)
        {
            _scratch ??= new ControlFrame(Hardware.Thermocouples.ChannelCount, Hardware.ProbeCount);
            Assert.True(Core.Frames.TryCopy(Core.Frames.Published, _scratch));
            OnFrame(_scratch);
        }
    }

    /// <summary>Submits a command and runs the tick that executes it.</summary>
    public CommandOutcome Send(ControllerCommand command)
    {
        var outcome = Core.Submit(command);
        Tick();
        Assert.True(outcome.IsCompleted, "the command ran in the next tick");
        return outcome.Result;
    }

    public ControlFrame LastFrameAfterTicks(int ticks)
    {
        for (int i = 0; i < ticks; i++)
        {
            Tick();
        }

        return LastFrame();
    }

    public ControlFrame LastFrame()
    {
        var frame = new ControlFrame(Hardware.Thermocouples.ChannelCount, Hardware.ProbeCount);
        Assert.True(Core.Frames.TryCopy(Core.Frames.Published, frame));
        return frame;
    }
}
