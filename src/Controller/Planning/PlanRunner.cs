using CryoWeb.Controller.Configuration;
using System.Diagnostics;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Hardware.Valves;
using CryoWeb.Thermal.Isotherms;

namespace CryoWeb.Controller.Planning;

/// <summary>
/// Runs a planned protocol on the simulated plant faster than real time. The valves are the console's own: the
/// controller's probe state machine with its <see cref="ControllerOptions"/> (freeze power is the freeze valve's duty
/// over <see cref="ControllerOptions.DutyWindow"/>, stick at <see cref="ControllerOptions.StickPowerPercent"/>), read at
/// every control tick (<see cref="PlanValveSchedule"/>); a report is taken every <see cref="PlanFile.ReportEverySeconds"/>.
/// </summary>
public static class PlanRunner
{
    /// <summary>
    /// Runs <paramref name="plan"/> with the console's <paramref name="options"/> (default: the defaults).
    /// <paramref name="threads"/> caps the solver's threads (default: every core).
    /// </summary>
    public static PlanResult Run(
        PlanFile plan,
        int? threads = null,
        ControllerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.Validate();
        return Run(plan, PlanValveSchedule.Spans(plan.Protocol, plan.Layout.Probes.Count, options ?? new ControllerOptions()), observe: null, threads, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="plan"/>'s layout with the valves of <paramref name="valves"/> (e.g. a protocol run on every
    /// probe, <see cref="PlanValveSchedule.Spans(Protocols.ProtocolDefinition, int, ControllerOptions)"/>); the span's
    /// step index names the plan step reported. <paramref name="observe"/>, if given, sees the plant (on this thread) at
    /// every report and at the end of every step, with the simulated seconds since the start and the index of the step
    /// just run.
    /// </summary>
    internal static PlanResult Run(
        PlanFile plan,
        IEnumerable<PlanValveSpan> valves,
        Action<SimulatedPlant, double, int>? observe = null,
        int? threads = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(valves);
        plan.Validate();
        var stopwatch = Stopwatch.StartNew();
        // Planning uses every core; the parallel sweep is deterministic (each cell is computed independently).
        var layout = plan.Layout with { MaxDegreeOfParallelism = threads ?? Math.Max(plan.Layout.MaxDegreeOfParallelism, Environment.ProcessorCount) };
        var plant = new SimulatedPlant(layout, DateTimeOffset.UnixEpoch);
        using var bank = new SimulatedValveBank(plant, TimeProvider.System);
        using var thermocouples = new SimulatedThermocoupleBank(plant);
        var measurer = new IsothermMeasurer(plant.Tissue, plan.Layout.Probes);
        var reports = new List<PlanReport>();
        bank.SetOpen(ValveId.ArgonSupply, true);
        bank.SetOpen(ValveId.ThawSupply, true);
        double elapsed = 0;
        double nextReport = plan.ReportEverySeconds;
        int stepIndex = 0;
        foreach (var span in valves)
        {
            if (span.StepIndex != stepIndex)
            {
                observe?.Invoke(plant, elapsed, stepIndex);
                stepIndex = span.StepIndex;
            }

            Drive(bank, plan.Layout.Probes.Count, span);
            double end = span.End.TotalSeconds;
            while (elapsed < end - 1e-9)
            {
                cancellationToken.ThrowIfCancellationRequested();
                double until = Math.Min(end, nextReport);
                plant.Advance(TimeSpan.FromSeconds(until - elapsed));
                elapsed = until;
                if (elapsed >= nextReport - 1e-9)
                {
                    reports.Add(Report(plan, plant, thermocouples, measurer, plan.Protocol[stepIndex], elapsed));
                    observe?.Invoke(plant, elapsed, stepIndex);
                    nextReport += plan.ReportEverySeconds;
                }
            }
        }

        observe?.Invoke(plant, elapsed, stepIndex);

        // The end of a plan that is not a whole number of report intervals is reported too: nothing simulated is left out.
        if (reports.Count == 0 || reports[^1].Minute < Math.Round(elapsed / 60, 3))
        {
            reports.Add(Report(plan, plant, thermocouples, measurer, plan.Protocol[^1], elapsed));
        }

        bank.CloseAll();
        var g = plant.Tissue.Geometry;
        return new PlanResult(reports, elapsed, stopwatch.Elapsed.TotalSeconds, $"{g.CountX}x{g.CountY}x{g.CountZ} cells of {g.SpacingMm} mm");
    }

    private static void Drive(SimulatedValveBank valves, int probeCount, PlanValveSpan span)
    {
        for (int p = 0; p < probeCount; p++)
        {
            valves.SetOpen(ValveId.FreezeOf(p), span.FreezeOpen(p));
            valves.SetOpen(ValveId.ThawOf(p), span.ThawOpen(p));
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
