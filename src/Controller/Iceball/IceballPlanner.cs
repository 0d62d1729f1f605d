using CryoWeb.Controller.Configuration;
using System.Diagnostics;
using CryoWeb.Controller.Planning;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Controller.Iceball;

/// <summary>
/// Predicts a plan before the first freeze: the simulator (nominal tissue, the estimator's grid, every core but one, which stays with the console) runs the
/// protocol on every placed probe faster than real time, and the result is measured exactly as the live estimate is.
/// An active thaw runs for its full time limit (on the console it ends earlier, when the tip is warm).
/// </summary>
public static class IceballPlanner
{
    /// <summary>Longest protocol planned: keeps the saved plan (a timeline point a minute) well under the 1 MB a procedure keeps.</summary>
    public const double MaxMinutes = 240;

    /// <summary>
    /// Predicts <paramref name="protocol"/> on <paramref name="layout"/>; the valves follow the console's own probe logic
    /// with <paramref name="options"/> (the console's configured <see cref="ControllerOptions"/>; default: the defaults).
    /// </summary>
    public static IceballPlanResult Predict(
        IceballLayout layout,
        ProtocolDefinition protocol,
        TissueProperties? tissue = null,
        ControllerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(protocol);
        if (protocol.Problem() is string problem)
        {
            throw new PlanException($"protocol.{problem}");
        }

        if (protocol.Steps.Sum(s => s.Duration.TotalMinutes) > MaxMinutes)
        {
            throw new PlanException($"protocol.steps: the steps add up to {protocol.Steps.Sum(s => s.Duration.TotalMinutes):F0} min; a plan covers at most {MaxMinutes} min.");
        }

        var stopwatch = Stopwatch.StartNew();
        options ??= new ControllerOptions();
        var steps = protocol.Steps.Select(s => ToPlanStep(s, options.TickPeriod)).ToList();
        var plan = new PlanFile
        {
            Layout = layout.ToSimulation(tissue ?? new TissueProperties(), ThermalModel.DefaultGridSpacingMm, 25),
            Protocol = steps,
            ReportEverySeconds = 60,
        };
        var analysis = new IceballAnalysis(layout);
        var timeline = new List<IceballPlanPoint>();
        int lastFreeze = steps.FindLastIndex(s => s.Mode is PlanMode.Freeze);
        IceballEstimate? peak = null;
        double lastSeen = -1;
        // The console's own protocol run on every probe drives the valves; the plan steps name what is reported.
        var result = PlanRunner.Run(
            plan,
            PlanValveSchedule.Spans(protocol, layout.Probes.Count, options),
            (plant, elapsed, stepIndex) =>
            {
                bool stepEnd = Math.Abs(elapsed - (steps.Take(stepIndex + 1).Sum(s => s.Minutes) * 60)) < 1e-6;
                if (elapsed > lastSeen + 1e-6)
                {
                    timeline.Add(new IceballPlanPoint(Math.Round(elapsed / 60, 2), steps[stepIndex].Describe(), analysis.Measure(plant.Tissue)));
                    lastSeen = elapsed;
                }

                if (stepEnd && peak?.ModelMinutes != Math.Round(elapsed / 60, 2) && (stepIndex == lastFreeze || (lastFreeze < 0 && stepIndex == steps.Count - 1)))
                {
                    peak = new IceballEstimate(DateTimeOffset.UnixEpoch.AddSeconds(elapsed), Math.Round(elapsed / 60, 2), layout, timeline[^1].Isotherms, analysis.Cut(plant.Tissue), null);
                }
            },
            Math.Max(1, Environment.ProcessorCount - 1),
            cancellationToken);
        return new IceballPlanResult(timeline, peak!, result.SimulatedSeconds, stopwatch.Elapsed.TotalSeconds);
    }

    /// <summary>The plan step that names a protocol step; it lasts as the console runs it, to the control tick that ends it.</summary>
    private static PlanStep ToPlanStep(ProtocolStep step, TimeSpan tick) => new()
    {
        Mode = step.Mode.ToPlanMode(),
        PowerPercent = step.Mode == ProbeMode.Freeze ? step.PowerPercent : 100,
        Minutes = TimeSpan.FromTicks((step.Duration.Ticks + tick.Ticks - 1) / tick.Ticks * tick.Ticks).TotalMinutes,
    };
}
