// The cost of ControlCore.Tick on the simulated plant (two probes: freeze 100 % and 50 %, then passive and active
// thaw), measured around Tick only; the same source builds against a tree before issue 15 (-p:Side=old).
using System.Diagnostics;
using System.Numerics;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Probes;
using CryoWeb.Hardware.Simulation;
#if OLD
#else
using CryoWeb.Controller.Configuration;
using CryoWeb.Thermal.Layout;
using CryoWeb.Thermal.Probes;
#endif

int repeats = args.Length > 0 ? int.Parse(args[0]) : 7;
const int ticksPerRepeat = 6000; // 10 min of control at 10 Hz
var results = new List<double>();
for (int r = 0; r <= repeats; r++)
{
    var options = new ControllerOptions();
    var layout = new SimulationLayout
    {
        GridSpacingMm = 3, MarginMm = 20, MaxDegreeOfParallelism = 1,
        Probes = [new SimulatedProbe { Name = "P1", TipMm = new Vector3(-7.5f, 0, 0) }, new SimulatedProbe { Name = "P2", TipMm = new Vector3(7.5f, 0, 0) }],
        Sensors = [new SimulatedThermalSensor { Name = "TS1", PositionMm = new Vector3(0, 10, 15) }],
    };
    var now = new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero);
    var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(now);
    var plant = new SimulatedPlant(layout, now, options.TickPeriod.TotalSeconds);
    var core = new ControlCore(plant.CreateHardware(time), options);
    long coreTicks = 0;
    for (int i = 0; i < ticksPerRepeat; i++)
    {
        if (i == 10) { core.Submit(new SetProbeModeCommand(1, ProbeMode.Freeze, 100)); core.Submit(new SetProbeModeCommand(2, ProbeMode.Freeze, 50)); }
        if (i == 3000) { core.Submit(new SetProbeModeCommand(1, ProbeMode.PassiveThaw)); core.Submit(new SetProbeModeCommand(2, ProbeMode.ActiveThaw)); }
        time.Advance(options.TickPeriod);
        plant.Advance(options.TickPeriod);
        long t0 = Stopwatch.GetTimestamp();
        core.Tick(time.GetUtcNow());
        coreTicks += Stopwatch.GetTimestamp() - t0;
    }
    double usPerTick = coreTicks * 1e6 / Stopwatch.Frequency / ticksPerRepeat;
    if (r > 0) results.Add(usPerTick); // repeat 0 is the warm-up
}
results.Sort();
Console.WriteLine($"median {results[results.Count / 2]:F2} us per tick (min {results[0]:F2}, max {results[^1]:F2}, {repeats} repeats of {ticksPerRepeat} ticks)");
