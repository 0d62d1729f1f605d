using System.Diagnostics;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Hardware.Valves;
using CryoWeb.Thermal.Isotherms;

namespace CryoWeb.Controller.Planning;

/// <summary>
/// Runs a planned protocol on the simulated plant faster than real time: freeze power is the freeze valve's duty over
/// a <see cref="DutyWindowSeconds"/> window, as on the console; a report is taken every <see cref="PlanFile.ReportEverySeconds"/>.
/// </summary>
public static class PlanRunner
{
    public const double DutyWindowSeconds = 4;

    /// <summary>
    /// Runs <paramref name="plan"/>. <paramref name="observe"/>, if given, sees the plant (on this thread) at every report
    /// and at the end of every step, with the simulated seconds since the start and the index of the step just run.
    /// <paramref name="threads"/> caps the solver's threads (default: every core).
    /// </summary>
    public static PlanResult Run(PlanFile plan, Action<SimulatedPlant, double, int>? observe = null, int? threads = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.Validate();
        var stopwatch = Stopwatch.StartNew();
        // Planning uses every core; the parallel sweep is deterministic (each cell is computed independently).
        var layout = plan.Layout with { MaxDegreeOfParallelism = threads ?? Math.Max(plan.Layout.MaxDegreeOfParallelism, Environment.ProcessorCount) };
        var plant = new SimulatedPlant(layout, DateTimeOffset.UnixEpoch);
        using var valves = new SimulatedValveBank(plant, TimeProvider.System);
        using var thermocouples = new SimulatedThermocoupleBank(plant);
        var measurer = new IsothermMeasurer(plant.Tissue, plan.Layout.Probes);
        var reports = new List<PlanReport>();
        valves.SetOpen(ValveId.ArgonSupply, true);
        valves.SetOpen(ValveId.ThawSupply, true);
        double elapsed = 0;
        double nextReport = plan.ReportEverySeconds;
        for (int stepIndex = 0; stepIndex < plan.Protocol.Count; stepIndex++)
        {
            var step = plan.Protocol[stepIndex];
            double stepSeconds = step.Minutes * 60;
            double inStep = 0;
            while (inStep < stepSeconds - 1e-9)
            {
                cancellationToken.ThrowIfCancellationRequested();
                bool on = ValvesOn(step, inStep);
                double until = Math.Min(stepSeconds, Math.Min(NextDutyEdge(step, inStep), nextReport - elapsed + inStep));
                Drive(valves, plan, step, on);
                plant.Advance(TimeSpan.FromSeconds(until - inStep));
                elapsed += until - inStep;
                inStep = until;
                if (elapsed >= nextReport - 1e-9)
                {
                    reports.Add(Report(plan, plant, thermocouples, measurer, step, elapsed));
                    observe?.Invoke(plant, elapsed, stepIndex);
                    nextReport += plan.ReportEverySeconds;
                }
            }

            observe?.Invoke(plant, elapsed, stepIndex);
        }

        // The end of a plan that is not a whole number of report intervals is reported too: nothing simulated is left out.
        if (reports.Count == 0 || reports[^1].Minute < Math.Round(elapsed / 60, 3))
        {
            reports.Add(Report(plan, plant, thermocouples, measurer, plan.Protocol[^1], elapsed));
        }

        valves.CloseAll();
        var g = plant.Tissue.Geometry;
        return new PlanResult(reports, elapsed, stopwatch.Elapsed.TotalSeconds, $"{g.CountX}x{g.CountY}x{g.CountZ} cells of {g.SpacingMm} mm");
    }

    private static bool ValvesOn(PlanStep step, double inStep)
    {
        double duty = step.Mode == PlanMode.ActiveThaw ? 100 : step.EffectivePowerPercent;
        return duty >= 100 || (duty > 0 && (inStep % DutyWindowSeconds) < DutyWindowSeconds * duty / 100 - 1e-9);
    }

    private static double NextDutyEdge(PlanStep step, double inStep)
    {
        double duty = step.EffectivePowerPercent;
        if (step.Mode == PlanMode.ActiveThaw || duty is <= 0 or >= 100)
        {
            return double.PositiveInfinity;
        }

        double windowStart = Math.Floor((inStep + 1e-9) / DutyWindowSeconds) * DutyWindowSeconds;
        double offEdge = windowStart + (DutyWindowSeconds * duty / 100);
        return inStep < offEdge - 1e-9 ? offEdge : windowStart + DutyWindowSeconds;
    }

    private static void Drive(SimulatedValveBank valves, PlanFile plan, PlanStep step, bool on)
    {
        for (int p = 0; p < plan.Layout.Probes.Count; p++)
        {
            bool inStep = step.Probes.Count == 0 || step.Probes.Contains(p + 1);
            bool freezing = step.Mode is PlanMode.Freeze or PlanMode.Stick;
            valves.SetOpen(ValveId.FreezeOf(p), inStep && freezing && on);
            valves.SetOpen(ValveId.ThawOf(p), inStep && step.Mode == PlanMode.ActiveThaw);
        }
    }

    private static PlanReport Report(PlanFile plan, SimulatedPlant plant, SimulatedThermocoupleBank thermocouples, IsothermMeasurer measurer, PlanStep step, double elapsed)
    {
        var layout = plan.Layout;
        var tips = new Dictionary<string, double>();
        var sensors = new Dictionary<string, double>();
        for (int c = 0; c < thermocouples.ChannelCount; c++)
        {
            var reading = thermocouples.Read(c);
            double value = Math.Round(reading.TemperatureCelsius, 1);
            if (c < layout.Probes.Count)
            {
                tips[layout.Probes[c].Name] = value;
            }
            else
            {
                sensors[layout.Sensors[c - layout.Probes.Count].Name] = value;
            }
        }

        var isotherms = plan.IsothermsCelsius
            .Select(measurer.Measure)
            .Select(e => e with { DiameterMm = Math.Round(e.DiameterMm, 1), LengthMm = Math.Round(e.LengthMm, 1), VolumeMilliliters = Math.Round(e.VolumeMilliliters, 2) })
            .ToList();
        return new PlanReport(Math.Round(elapsed / 60, 3), step.Describe(), isotherms, sensors, tips, Math.Round(plant.ArgonTankPsi));
    }
}
