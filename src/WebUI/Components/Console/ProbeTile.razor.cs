using System.Globalization;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.WebUI.Live;
using Microsoft.AspNetCore.Components;

namespace CryoWeb.WebUI.Components.Console;

/// <summary>
/// One probe: what it does now and, for Operators only, its controls. Starting a freeze, stick, an active thaw, a
/// protocol, resuming a paused protocol, skipping a step and aborting ask for confirmation first. A question holds
/// only for the situation it was asked in: when the probe's step, protocol state or mode changes while the dialog is
/// open (the protocol moved on by itself), the question is dropped, so "Yes" can never act on a step nobody was asked
/// about. Every command goes through the role-checked <see cref="ConsoleCommandService"/>; a refusal is shown on the
/// tile as the controller worded it.
/// </summary>
public partial class ProbeTile
{
    [Parameter, EditorRequired]
    public ProbeStatus Probe { get; set; } = default!;

    /// <summary>Who is looking; controls are rendered only for an Operator.</summary>
    [Parameter]
    public Caller? Caller { get; set; }

    /// <summary>The protocol presets offered for a start.</summary>
    [Parameter]
    public IReadOnlyList<ProtocolDefinition> Presets { get; set; } = [];

    /// <summary>The preset selected at first (e.g. the one chosen on the set-up page).</summary>
    [Parameter]
    public string? InitialPreset { get; set; }

    [Inject]
    private ConsoleCommandService Commands { get; set; } = default!;

    internal int PowerPercent { get; set; } = 100;

    internal string? PresetName { get; set; }

    internal string? Message { get; private set; }

    internal PendingConfirmation? Pending { get; private set; }

    /// <summary>The probe's situation when <see cref="Pending"/> was asked; the question holds only while it lasts.</summary>
    private (int StepIndex, ProtocolState State, ProbeMode Mode) _askedIn;

    private int N => Probe.Number;

    private bool CanOperate => Caller?.Role == ConsoleRole.Operator;

    private bool ProtocolActive => Probe.ProtocolState is ProtocolState.Running or ProtocolState.Paused;

    private bool HasStep => ProtocolActive && Probe.StepIndex >= 0 && Probe.StepIndex < Probe.StepCount;

    private string ModeText => Probe.Mode switch
    {
        ProbeMode.Freeze => string.Create(CultureInfo.InvariantCulture, $"Freeze {Probe.PowerPercent:0} %"),
        ProbeMode.PassiveThaw => "Passive thaw",
        ProbeMode.ActiveThaw => "Active thaw",
        _ => Probe.Mode.ToString(),
    };

    private string TipClass => Probe.TipFault is not null || !double.IsFinite(Probe.TipCelsius)
        ? "band-Faulted"
        : "band-" + LiveStatusBoard.BandOf(Probe.TipCelsius);

    private (int StepIndex, ProtocolState State, ProbeMode Mode) Situation => (Probe.StepIndex, Probe.ProtocolState, Probe.Mode);

    protected override void OnParametersSet()
    {
        if (Pending is not null && !CanOperate)
        {
            Pending = null;
        }
        else if (Pending is not null && Situation != _askedIn)
        {
            Pending = null;
            Message = "The probe's step or mode changed; ask again.";
        }

        if (PresetName is null || Presets.All(p => p.Name != PresetName))
        {
            PresetName = Presets.FirstOrDefault(p => p.Name == InitialPreset)?.Name ?? (Presets.Count > 0 ? Presets[0].Name : null);
        }
    }

    private void AskFreeze()
    {
        int power = PowerPercent;
        Ask($"Start freezing probe {N} at {power} % power?", "start the freeze", () => SetMode(ProbeMode.Freeze, power));
    }

    private void AskStick() =>
        Ask($"Start stick on probe {N}? Argon flows to freeze the probe to the tissue.", "start stick", () => SetMode(ProbeMode.Stick));

    private void AskResume() =>
        Ask($"Resume the protocol on probe {N} at step {Probe.StepIndex + 1} ({Probe.StepDescription})? Gas flows again.", "resume the protocol",
            () => Act(ProtocolAction.Resume));

    private void AskActiveThaw() =>
        Ask($"Start an active thaw on probe {N}?", "start the active thaw", () => SetMode(ProbeMode.ActiveThaw));

    /// <summary>A minute more of the current step: a minute more of freezing when the step is a freeze.</summary>
    private void AskExtend() =>
        Ask($"Extend the current step ({Probe.StepDescription}) of probe {N} by 1 minute?", "extend the step",
            () => Act(ProtocolAction.ExtendStep, TimeSpan.FromMinutes(1)));

    private void AskSkip() =>
        Ask($"Skip the current step ({Probe.StepDescription}) of probe {N}?", "skip the step", () => Act(ProtocolAction.SkipStep));

    private void AskAbort() =>
        Ask($"Abort the protocol on probe {N}? The probe goes to passive thaw.", "abort the protocol", () => Act(ProtocolAction.Abort));

    private void AskStartProtocol()
    {
        var preset = Presets.FirstOrDefault(p => p.Name == PresetName);
        if (preset is null)
        {
            Message = "protocol: choose a preset first.";
            return;
        }

        Ask($"Start the protocol \"{preset.Name}\" on probe {N}? It starts with: {preset.Steps[0]}.", "start the protocol",
            () => Send(caller => Commands.StartProtocol(caller, preset, [N])));
    }

    private Task SetMode(ProbeMode mode, double power = 100) => Send(caller => Commands.SetProbeMode(caller, N, mode, power));

    private Task Act(ProtocolAction action, TimeSpan extendBy = default) => Send(caller => Commands.ProtocolAction(caller, N, action, extendBy));

    private void Ask(string question, string yes, Func<Task> action)
    {
        Message = null;
        Pending = new PendingConfirmation(question, yes, action);
        _askedIn = Situation;
    }

    private async Task Confirm()
    {
        var pending = Pending;
        Pending = null;
        if (pending is null)
        {
            return;
        }

        if (Situation != _askedIn)
        {
            Message = "The probe's step or mode changed; ask again.";
            return;
        }

        await pending.Action();
    }

    private void Cancel() => Pending = null;

    private async Task Send(Func<Caller, Task<CommandOutcome>> command)
    {
        if (Caller is null)
        {
            Message = "Not signed in: sign in again to send commands.";
            return;
        }

        Message = null;
        var outcome = await command(Caller);
        Message = outcome.Accepted ? null : outcome.Reason;
    }
}
