using System.Globalization;
using System.Numerics;
using CryoWeb.Controller.Planning;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Thermal.Layout;
using CryoWeb.Thermal.Probes;

namespace CryoWeb.Bench;

/// <summary>
/// Real-time factor of the simulated plant over the 28-minute double-freeze protocol (freeze 10 / passive thaw 8 /
/// freeze 10) with 1 and 4 probes, at the resolution the validation tests use (1.5 mm) and at 1.0 mm.
/// Each case runs <c>repeats</c> times after one warm-up; the median is reported.
/// </summary>
public static class SimulatorSpeedBenchmark
{
    public static void Run(int repeats, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"CPU cores: {Environment.ProcessorCount}; SIMD width: {Vector<float>.Count} floats; repeats: {repeats} (median reported)");
        output.WriteLine("| probes | grid | cells | median wall (s) | min / max (s) | real-time factor (median) |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (double spacing in new[] { 1.5, 1.0 })
        {
            foreach (int probes in new[] { 1, 4 })
            {
                var plan = DoubleFreeze(probes, spacing);
                PlanRunner.Run(plan with { Protocol = [new PlanStep { Mode = PlanMode.Freeze, Minutes = 1 }] });
                var runs = Enumerable.Range(0, repeats).Select(_ => PlanRunner.Run(plan)).ToList();
                var walls = runs.Select(r => r.WallSeconds).Order().ToList();
                double median = walls[walls.Count / 2];
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {probes} | {spacing} mm | {runs[0].Grid} | {median:F2} | {walls[0]:F2} / {walls[^1]:F2} | {runs[0].SimulatedSeconds / median:F0}x |"));
            }
        }
    }

    /// <summary>
    /// The live console's simulator: default layout, one thread, 0.1 s physics steps (as the SimulationClock runs it),
    /// 10 minutes of freezing on both probes. The reciprocal of the real-time factor is the share of one core it takes.
    /// </summary>
    public static void RunLive(int repeats, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var walls = new List<double>();
        for (int r = 0; r <= repeats; r++)
        {
            var plant = new SimulatedPlant(SimulationLayout.Default, DateTimeOffset.UnixEpoch, maxStepSeconds: 0.1);
            using var valves = new SimulatedValveBank(plant, TimeProvider.System);
            valves.SetOpen(CryoWeb.Hardware.Valves.ValveId.ArgonSupply, true);
            valves.SetOpen(CryoWeb.Hardware.Valves.ValveId.FreezeOf(0), true);
            valves.SetOpen(CryoWeb.Hardware.Valves.ValveId.FreezeOf(1), true);
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            for (int tick = 0; tick < 6000; tick++)
            {
                plant.Advance(TimeSpan.FromMilliseconds(100));
            }

            if (r > 0)
            {
                walls.Add(stopwatch.Elapsed.TotalSeconds);
            }
        }

        walls.Sort();
        double median = walls[walls.Count / 2];
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Live simulator (default layout, 1 thread, 0.1 s steps, 10 min freeze): median {median:F2} s wall ({walls[0]:F2} / {walls[^1]:F2}), {600 / median:F0}x real time, {100 * median / 600:F1} % of one core."));
    }

    /// <summary>Probes 15 mm apart in a square (4) or alone (1), double freeze 10-8-10.</summary>
    public static PlanFile DoubleFreeze(int probes, double spacingMm)
    {
        var positions = new[] { new Vector3(0, 0, 0), new Vector3(15, 0, 0), new Vector3(0, 15, 0), new Vector3(15, 15, 0) };
        var layout = new SimulationLayout
        {
            GridSpacingMm = spacingMm,
            Probes = [.. positions.Take(probes).Select((p, i) => new SimulatedProbe { Name = $"P{i + 1}", TipMm = p })],
            Sensors = [new SimulatedThermalSensor { Name = "TS1", PositionMm = new Vector3(7.5f, -12, 15) }],
        };
        return new PlanFile
        {
            Layout = layout,
            Protocol =
            [
                new PlanStep { Mode = PlanMode.Freeze, PowerPercent = 100, Minutes = 10 },
                new PlanStep { Mode = PlanMode.PassiveThaw, Minutes = 8 },
                new PlanStep { Mode = PlanMode.Freeze, PowerPercent = 100, Minutes = 10 },
            ],
        };
    }
}
