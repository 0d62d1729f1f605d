using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Outcomes;
using System.Globalization;
using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.WebUI.Live;
using Microsoft.AspNetCore.Components;

namespace CryoWeb.WebUI.Components.Console;

/// <summary>
/// One probe: what it does now and, for Operators only, its controls. Starting a freeze, stick, an active thaw, a
/// protocol, resuming a paused protocol, skipping a step and aborting ask for confirmation first. A question holds
/// only for the situation it was asked in (<see cref="AskedSituation"/>): an emergency stop, a new alarm, a change of
/// the probe's step, protocol state or mode, or 30 s without an answer withdraw it with the reason, so "Yes" can never
/// act on a situation nobody was asked about. Gas controls the console would refuse now are disabled with the reason
/// (<see cref="GasControlGate"/>). Every command goes through the role-checked <see cref="ConsoleCommandService"/>; a
/// refusal is shown on the tile as the controller worded it.
/// </summary>
public sealed partial class ProbeTile : IDisposable
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

    /// <summary>The whole console's status (emergency stop, procedure, supplies): gates the gas controls and withdraws questions.</summary>
    [Parameter]
    public LiveStatus? Live { get; set; }

    /// <summary>The alarms shown: a new one of medium or high priority withdraws an open question.</summary>
    [Parameter]
    public AlarmSnapshot? Alarms { get; set; }

    [Inject]
    private ConsoleCommandService Commands { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    internal FreezePowerField Power { get; } = new();

    internal string? PresetName { get; set; }

    internal string? Message { get; private set; }

    internal PendingConfirmation? Pending { get; private set; }

    private AskedSituation? _askedIn;
    private ITimer? _expiry;
    private GasControlGate? _gate;

    private int N => Probe.Number;

    private bool CanOperate => Caller?.Role == ConsoleRole.Operator;

    private bool ProtocolActive => Probe.ProtocolState is ProtocolState.Running or ProtocolState.Paused;

    /// <summary>The mode in the console's one wording (<see cref="ProbeModeWords"/>), with the power when freezing.</summary>
    private string ModeText => Probe.Mode == ProbeMode.Freeze
        ? string.Create(CultureInfo.InvariantCulture, $"Freeze {Probe.PowerPercent:0} %")
        : ProbeModeWords.Of(Probe.Mode);

    private string TipClass => Probe.TipFault is not null || !double.IsFinite(Probe.TipCelsius)
        ? "band-Faulted"
        : "band-" + LiveStatusBoard.BandOf(Probe.TipCelsius);

    /// <summary>Why <paramref name="control"/> is disabled now, or null when it may be used.</summary>
    private string? Blocked(GasControl control)
    {
        if (Live is null)
        {
            return null;
        }

        if (_gate is null)
        {
            var (argon, thaw) = Commands.SupplyMinimums;
            _gate = new GasControlGate(argon, thaw);
        }

        return _gate.Refusal(control, Probe, Live);
    }

    /// <summary>The distinct reasons the shown gas controls are disabled, for the line under them.</summary>
    private IReadOnlyList<string> BlockedReasons()
    {
        GasControl[] shown = ProtocolActive
            ? [GasControl.Freeze, GasControl.Stick, GasControl.ActiveThaw, Probe.ProtocolState == ProtocolState.Paused ? GasControl.Resume : GasControl.Extend]
            : [GasControl.Freeze, GasControl.Stick, GasControl.ActiveThaw, GasControl.StartProtocol];
        return [.. shown.Select(Blocked).OfType<string>().Distinct()];
    }

    protected override void OnParametersSet()
    {
        if (Pending is not null && !CanOperate)
        {
            Withdraw(null);
        }
        else if (Pending is not null && StillHolds() is string reason)
        {
            Withdraw(reason);
        }

        if (!Power.Editing(Time.GetUtcNow()) && Probe.Mode == ProbeMode.Freeze)
        {
            Power.ShowInForce(Probe.PowerPercent);
        }

        if (PresetName is null || Presets.All(p => p.Name != PresetName))
        {
            PresetName = Presets.FirstOrDefault(p => p.Name == InitialPreset)?.Name ?? (Presets.Count > 0 ? Presets[0].Name : null);
        }
    }

    /// <summary>Null while the open question holds, else why it is withdrawn.</summary>
    private string? StillHolds() =>
        _askedIn?.Withdrawal(Probe, Live, Alarms, Time.GetUtcNow())
        ?? (Pending?.Control is GasControl control && Blocked(control) is string blocked ? $"{blocked} The question was withdrawn." : null);

    private void AskFreeze()
    {
        if (Power.Percent is not double power)
        {
            return;
        }

        Power.Used();
        // Under a protective limit the question names the power that will be used, and why (the controller caps it).
        string question = Probe.PowerLimitPercent is double limit && limit > 0 && limit < power
            ? $"Start freezing probe {N} at {ConsoleFormat.Number(limit, "0.#")} % power? {Probe.PowerLimitReason} ({ConsoleFormat.Number(power, "0.#")} % asked)."
            : $"Start freezing probe {N} at {ConsoleFormat.Number(power, "0.#")} % power?";
        Ask(question, "start the freeze", () => SetMode(ProbeMode.Freeze, power), GasControl.Freeze);
    }

    private void AskStick() =>
        Ask($"Start stick on probe {N}? Argon flows to freeze the probe to the tissue.", "start stick", () => SetMode(ProbeMode.Stick), GasControl.Stick);

    private void AskResume() =>
        Ask($"Resume the protocol on probe {N} at step {Probe.StepIndex + 1} ({Probe.StepDescription})? Gas flows again.", "resume the protocol",
            () => Act(ProtocolAction.Resume), GasControl.Resume);

    private void AskActiveThaw() =>
        Ask($"Start an active thaw on probe {N}?", "start the active thaw", () => SetMode(ProbeMode.ActiveThaw), GasControl.ActiveThaw);

    /// <summary>A minute more of the current step: a minute more of freezing when the step is a freeze.</summary>
    private void AskExtend() =>
        Ask($"Extend the current step ({Probe.StepDescription}) of probe {N} by 1 minute?", "extend the step",
            () => Act(ProtocolAction.ExtendStep, TimeSpan.FromMinutes(1)), GasControl.Extend);

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
            () => Send(caller => Commands.StartProtocol(caller, preset, [N])), GasControl.StartProtocol);
    }

    private Task SetMode(ProbeMode mode, double power = 100) => Send(caller => Commands.SetProbeMode(caller, N, mode, power));

    private Task Act(ProtocolAction action, TimeSpan extendBy = default) => Send(caller => Commands.ProtocolAction(caller, N, action, extendBy));

    private void Ask(string question, string yes, Func<Task> action, GasControl? control = null)
    {
        if (control is GasControl gas && Blocked(gas) is string blocked)
        {
            Message = blocked;
            return;
        }

        Message = null;
        Pending = new PendingConfirmation(question, yes, action, control);
        _askedIn = AskedSituation.Of(Probe, Alarms, Time.GetUtcNow());
        _expiry?.Dispose();
        _expiry = Time.CreateTimer(_ => _ = InvokeAsync(Expire), null, AskedSituation.Lifetime, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The 30 s timer: withdraws the question on its own, between the page's renders.</summary>
    private void Expire()
    {
        if (Pending is not null && StillHolds() is string reason)
        {
            Withdraw(reason);
            StateHasChanged();
        }
    }

    private void Withdraw(string? reason)
    {
        Pending = null;
        _askedIn = null;
        _expiry?.Dispose();
        _expiry = null;
        Message = reason;
    }

    private async Task Confirm()
    {
        var pending = Pending;
        if (pending is null)
        {
            return;
        }

        if (StillHolds() is string reason)
        {
            Withdraw(reason);
            return;
        }

        Withdraw(null);
        await pending.Action();
    }

    private void Cancel() => Withdraw(null);

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

    public void Dispose() => _expiry?.Dispose();
}
