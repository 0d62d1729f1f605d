using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;

namespace CryoWeb.Controller.Planning;

/// <summary>
/// The valves of a planned protocol as the console drives them: one <see cref="ProbeController"/> per probe (the
/// console's own state machine with the console's <see cref="ControllerOptions"/>: duty window, stick power) enters
/// each step's mode when the step starts, and the valves are read at every control tick, as the control loop reads
/// them. A change of the controller's duty window or stick power therefore changes the plan. Ticks with the same valves
/// are merged into one <see cref="PlanValveSpan"/>. The plan assumes the supplies the console needs (argon and thaw gas
/// at their minimums, valid tips); an active thaw runs for its whole step (a plan has no tip to end it early).
/// </summary>
public static class PlanValveSchedule
{
    public static IEnumerable<PlanValveSpan> Spans(IReadOnlyList<PlanStep> steps, int probeCount, ControllerOptions options)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(options);
        if (probeCount is < 1 or > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(probeCount), probeCount, "A plan drives 1 to 30 probes.");
        }

        return SpansIterator(steps, probeCount, options);
    }

    private static IEnumerable<PlanValveSpan> SpansIterator(IReadOnlyList<PlanStep> steps, int probeCount, ControllerOptions options)
    {
        var probes = Enumerable.Range(0, probeCount).Select(p => new ProbeController(p, options)).ToArray();
        var supply = new SupplyState(options.ArgonMinPsi, options.ThawMinPsi, EmergencyStopLatched: false);
        long tick = options.TickPeriod.Ticks;
        long stepStart = 0;
        for (int s = 0; s < steps.Count; s++)
        {
            var step = steps[s];
            long stepEnd = stepStart + TimeSpan.FromMinutes(step.Minutes).Ticks;
            var start = DateTimeOffset.UnixEpoch.AddTicks(stepStart);
            for (int p = 0; p < probeCount; p++)
            {
                bool inStep = step.Probes.Count == 0 || step.Probes.Contains(p + 1);
                var mode = inStep ? step.Mode.ToProbeMode() : ProbeMode.Off;
                var outcome = probes[p].TrySet(mode, step.PowerPercent, supply, tipValid: true, start);
                if (!outcome.Accepted)
                {
                    throw new PlanException($"protocol[{s}]: {outcome.Reason}");
                }
            }

            long spanStart = stepStart;
            (int Freeze, int Thaw) valves = Valves(probes, start);
            for (long at = stepStart + tick; at < stepEnd; at += tick)
            {
                var next = Valves(probes, DateTimeOffset.UnixEpoch.AddTicks(at));
                if (next != valves)
                {
                    yield return new PlanValveSpan(s, TimeSpan.FromTicks(spanStart), TimeSpan.FromTicks(at - spanStart), valves.Freeze, valves.Thaw);
                    (spanStart, valves) = (at, next);
                }
            }

            yield return new PlanValveSpan(s, TimeSpan.FromTicks(spanStart), TimeSpan.FromTicks(stepEnd - spanStart), valves.Freeze, valves.Thaw);
            stepStart = stepEnd;
        }
    }

    /// <summary>
    /// The valves of a protocol run on every probe, as the console runs one: a <see cref="ProtocolRun"/> per probe drives
    /// its <see cref="ProbeController"/> and moves to the next step when the step's time is up, at a control tick.
    /// </summary>
    public static IEnumerable<PlanValveSpan> Spans(ProtocolDefinition protocol, int probeCount, ControllerOptions options)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(options);
        if (probeCount is < 1 or > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(probeCount), probeCount, "A plan drives 1 to 30 probes.");
        }

        return ProtocolSpansIterator(protocol, probeCount, options);
    }

    private static IEnumerable<PlanValveSpan> ProtocolSpansIterator(ProtocolDefinition protocol, int probeCount, ControllerOptions options)
    {
        var probes = Enumerable.Range(0, probeCount).Select(p => new ProbeController(p, options)).ToArray();
        var runs = Enumerable.Range(0, probeCount).Select(_ => new ProtocolRun()).ToArray();
        var supply = new SupplyState(options.ArgonMinPsi, options.ThawMinPsi, EmergencyStopLatched: false);
        var start = DateTimeOffset.UnixEpoch;
        for (int p = 0; p < probeCount; p++)
        {
            var outcome = runs[p].Start(protocol, probes[p], supply, tipValid: true, start);
            if (!outcome.Accepted)
            {
                throw new PlanException(outcome.Reason ?? "protocol: refused.");
            }
        }

        long tick = options.TickPeriod.Ticks;
        long spanStart = 0;
        int step = 0;
        (int Freeze, int Thaw) valves = Valves(probes, start);
        for (long at = tick; runs[0].State == ProtocolState.Running; at += tick)
        {
            var now = start.AddTicks(at);
            foreach (var (run, probe) in runs.Zip(probes))
            {
                run.Advance(probe, supply, tipValid: true, now);
            }

            var next = Valves(probes, now);
            if (next != valves || runs[0].StepIndex != step)
            {
                yield return new PlanValveSpan(step, TimeSpan.FromTicks(spanStart), TimeSpan.FromTicks(at - spanStart), valves.Freeze, valves.Thaw);
                (spanStart, valves, step) = (at, next, runs[0].StepIndex);
            }
        }

        if (runs[0].State != ProtocolState.Completed)
        {
            throw new PlanException($"protocol: the run stopped in step {step + 1} ({runs[0].Problem}).");
        }
    }

    private static (int Freeze, int Thaw) Valves(ProbeController[] probes, DateTimeOffset now)
    {
        int freeze = 0;
        int thaw = 0;
        for (int p = 0; p < probes.Length; p++)
        {
            freeze |= probes[p].FreezeValveOpen(now) ? 1 << p : 0;
            thaw |= probes[p].ThawValveOpen ? 1 << p : 0;
        }

        return (freeze, thaw);
    }
}
