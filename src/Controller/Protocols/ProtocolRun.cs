using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Probes;

namespace CryoWeb.Controller.Protocols;

/// <summary>
/// One probe working through a protocol: the current step and its countdown, pause/resume, skip, extend, abort.
/// Driven on the control thread; pausing closes the probe's gas (passive thaw) and stops the countdown.
/// </summary>
internal sealed class ProtocolRun
{
    private static readonly TimeSpan MaxExtension = TimeSpan.FromMinutes(30);
    private DateTimeOffset _lastAdvance;

    public ProtocolDefinition? Definition { get; private set; }

    public ProtocolState State { get; private set; } = ProtocolState.None;

    public int StepIndex { get; private set; } = -1;

    public TimeSpan ElapsedInStep { get; private set; }

    public TimeSpan Extension { get; private set; }

    /// <summary>Why the run stopped or paused by itself (refused step, safety stop); null otherwise.</summary>
    public string? Problem { get; private set; }

    public ProtocolStep? CurrentStep => Definition is not null && StepIndex >= 0 && StepIndex < Definition.Steps.Count ? Definition.Steps[StepIndex] : null;

    /// <summary>Countdown of the current step.</summary>
    public TimeSpan Remaining => CurrentStep is { } step ? Max(step.Duration + Extension - ElapsedInStep, TimeSpan.Zero) : TimeSpan.Zero;

    public bool IsActive => State is ProtocolState.Running or ProtocolState.Paused;

    public CommandOutcome Start(ProtocolDefinition definition, ProbeController probe, SupplyState supply, bool tipValid, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(probe);
        if (IsActive)
        {
            return CommandOutcome.Refused($"Probe {probe.Index + 1}: a protocol is already running; abort it first.");
        }

        if (definition.Problem() is string problem)
        {
            return CommandOutcome.Refused($"protocol.{problem}");
        }

        var first = definition.Steps[0];
        var outcome = probe.TrySet(first.Mode, first.PowerPercent, supply, tipValid, now);
        if (!outcome.Accepted)
        {
            return outcome;
        }

        (Definition, State, StepIndex, ElapsedInStep, Extension, Problem, _lastAdvance) = (definition, ProtocolState.Running, 0, TimeSpan.Zero, TimeSpan.Zero, null, now);
        return CommandOutcome.Ok;
    }

    public CommandOutcome Pause(ProbeController probe, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (State != ProtocolState.Running)
        {
            return CommandOutcome.Refused($"Probe {probe.Index + 1}: no running protocol to pause.");
        }

        Accumulate(now);
        State = ProtocolState.Paused;
        probe.Force(ProbeMode.PassiveThaw, now, "protocol paused");
        return CommandOutcome.Ok;
    }

    public CommandOutcome Resume(ProbeController probe, SupplyState supply, bool tipValid, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (State != ProtocolState.Paused || CurrentStep is not { } step)
        {
            return CommandOutcome.Refused($"Probe {probe.Index + 1}: no paused protocol to resume.");
        }

        var outcome = probe.TrySet(step.Mode, step.PowerPercent, supply, tipValid, now);
        if (outcome.Accepted)
        {
            (State, Problem, _lastAdvance) = (ProtocolState.Running, null, now);
        }

        return outcome;
    }

    public CommandOutcome Skip(ProbeController probe, SupplyState supply, bool tipValid, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (!IsActive)
        {
            return CommandOutcome.Refused($"Probe {probe.Index + 1}: no protocol to skip a step of.");
        }

        EnterStep(StepIndex + 1, probe, supply, tipValid, now);
        return CommandOutcome.Ok;
    }

    public CommandOutcome Extend(ProbeController probe, TimeSpan by)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (!IsActive)
        {
            return CommandOutcome.Refused($"Probe {probe.Index + 1}: no protocol step to extend.");
        }

        if (!(by > TimeSpan.Zero) || Extension + by > MaxExtension)
        {
            return CommandOutcome.Refused($"extendBy: must be positive and the step may grow by at most {MaxExtension.TotalMinutes:0} minutes in all, not {by}.");
        }

        Extension += by;
        return CommandOutcome.Ok;
    }

    public CommandOutcome Abort(ProbeController probe, DateTimeOffset now, string reason = "protocol aborted")
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (!IsActive)
        {
            return CommandOutcome.Refused($"Probe {probe.Index + 1}: no protocol to abort.");
        }

        State = ProtocolState.Aborted;
        Problem = reason;
        probe.Force(ProbeMode.Off, now, reason);
        return CommandOutcome.Ok;
    }

    /// <summary>Forgets a run that is no longer active (the procedure finished): the probe shows no protocol.</summary>
    internal void Clear()
    {
        if (!IsActive)
        {
            (Definition, State, StepIndex, ElapsedInStep, Extension, Problem) = (null, ProtocolState.None, -1, TimeSpan.Zero, TimeSpan.Zero, null);
        }
    }

    /// <summary>Per tick: counts the step down and moves on when it is done (or when an active thaw ended by itself).</summary>
    public void Advance(ProbeController probe, SupplyState supply, bool tipValid, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (State != ProtocolState.Running || CurrentStep is not { } step)
        {
            return;
        }

        Accumulate(now);
        bool thawEnded = step.Mode == ProbeMode.ActiveThaw && probe.Mode != ProbeMode.ActiveThaw;
        if (!thawEnded && probe.Mode != step.Mode)
        {
            // Something else (a safety action) took the probe out of the step: the protocol stops with the reason.
            State = ProtocolState.Aborted;
            Problem = probe.LastAutomaticChange ?? $"probe left {ProbeModeWords.Of(step.Mode).ToLowerInvariant()}";
            return;
        }

        if (thawEnded || ElapsedInStep >= step.Duration + Extension)
        {
            EnterStep(StepIndex + 1, probe, supply, tipValid, now);
        }
    }

    private void EnterStep(int index, ProbeController probe, SupplyState supply, bool tipValid, DateTimeOffset now)
    {
        (StepIndex, ElapsedInStep, Extension, _lastAdvance) = (index, TimeSpan.Zero, TimeSpan.Zero, now);
        if (index >= Definition!.Steps.Count)
        {
            State = ProtocolState.Completed;
            probe.Force(ProbeMode.Off, now, "protocol complete");
            return;
        }

        var step = Definition.Steps[index];
        var outcome = probe.TrySet(step.Mode, step.PowerPercent, supply, tipValid, now);
        if (!outcome.Accepted)
        {
            State = ProtocolState.Paused;
            Problem = outcome.Reason;
            probe.Force(ProbeMode.PassiveThaw, now, "protocol paused: " + outcome.Reason);
        }
        else
        {
            State = ProtocolState.Running;
        }
    }

    private void Accumulate(DateTimeOffset now)
    {
        ElapsedInStep += now - _lastAdvance;
        _lastAdvance = now;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
