using System.Globalization;
using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Control;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace CryoWeb.WebUI.Components.Console;

/// <summary>
/// The alarm bar: acknowledge and audio pause for Operators (role-checked and audited here, as the alarm manager
/// checks no roles), and the priority-coded sound through
/// <c>wwwroot/js/alarm-audio.js</c>, started and stopped when <see cref="AudioState.Sounding"/> changes. Browsers
/// only play sound after a user gesture, so an "enable alarm sound" control stays until the audio is unlocked.
/// </summary>
public sealed partial class AlarmBar : IAsyncDisposable
{
    [Parameter, EditorRequired]
    public AlarmSnapshot Snapshot { get; set; } = default!;

    /// <summary>Who is looking; acknowledge and audio pause only for an Operator.</summary>
    [Parameter]
    public Caller? Caller { get; set; }

    [Inject]
    private AlarmManager Alarms { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private CryoWeb.WebUI.Clock.ConsoleTimeZone Zone { get; set; } = default!;

    [Inject]
    private IAuditSink Audit { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private IJSObjectReference? _audio;
    private bool _soundUnlocked = true;
    private bool _soundChecked;
    private string? _soundPlaying = "";
    private string? _message;

    private bool CanRespond => Caller?.Role == ConsoleRole.Operator;

    /// <summary>The pause length as the alarm manager applies it ("2 min", "90 s").</summary>
    private string PauseText => ConsoleFormat.Duration(Alarms.AudioPauseDuration);

    private static string PriorityText(Alarm alarm) => alarm.Priority switch
    {
        AlarmPriority.High => "HIGH",
        AlarmPriority.Medium => "MEDIUM",
        AlarmPriority.Low => "LOW",
        _ => "INFO",
    } + (alarm.IsEscalated ? " (escalated)" : "");

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        try
        {
            if (firstRender)
            {
                _audio = await JS.InvokeAsync<IJSObjectReference>("import", "./js/alarm-audio.js");
                _soundUnlocked = await _audio.InvokeAsync<bool>("isUnlocked");
                _soundChecked = true;
                if (!_soundUnlocked)
                {
                    StateHasChanged();
                }
            }
            else if (!_soundUnlocked && _audio is not null && await _audio.InvokeAsync<bool>("isUnlocked"))
            {
                // Any tap on the page unlocks audio (alarm-audio.js listens for the first gesture): drop the button.
                _soundUnlocked = true;
                StateHasChanged();
            }

            string? sounding = Snapshot.Audio.Sounding?.ToString();
            if (_audio is not null && sounding != _soundPlaying)
            {
                _soundPlaying = sounding;
                await _audio.InvokeVoidAsync("setAlarmSound", sounding);
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser went away; nothing to sound.
        }
        catch (JSException)
        {
            _soundUnlocked = !_soundChecked;
            _message ??= "Alarm sound is not available in this browser: watch the alarm bar.";
        }
    }

    /// <summary>Acknowledges alarm <paramref name="alarmId"/> for an Operator; refused and audited like a command.</summary>
    internal void Acknowledge(long alarmId) =>
        Respond("AcknowledgeAlarm", "alarm=" + alarmId.ToString(CultureInfo.InvariantCulture), caller => Alarms.Acknowledge(alarmId, caller.User) switch
        {
            AcknowledgeResult.Acknowledged => CommandOutcome.Ok,
            AcknowledgeResult.AlreadyAcknowledged => CommandOutcome.Refused("Someone acknowledged this alarm already."),
            AcknowledgeResult.UnknownAlarm => CommandOutcome.Refused("This alarm has ended already."),
            _ => CommandOutcome.Refused("An information signal needs no acknowledgement."),
        });

    /// <summary>Pauses the alarm audio for an Operator; refused and audited like a command.</summary>
    internal void Pause() =>
        Respond("PauseAudio", "duration=" + Alarms.AudioPauseDuration.ToString("c", CultureInfo.InvariantCulture), caller =>
        {
            Alarms.PauseAudio(caller.User);
            return CommandOutcome.Ok;
        });

    /// <summary>Ends the audio pause for an Operator; refused and audited like a command.</summary>
    internal void Resume() =>
        Respond("ResumeAudio", string.Empty, caller => Alarms.ResumeAudio(caller.User)
            ? CommandOutcome.Ok
            : CommandOutcome.Refused("Audio was not paused."));

    /// <summary>
    /// The alarm manager checks no roles, so the bar does, as the command layer would: only an Operator may respond
    /// (the buttons are hidden from others, but a stale page or a crafted event must not get through either). Every
    /// attempt is audited with its outcome; a refusal is shown.
    /// </summary>
    private void Respond(string command, string parameters, Func<Caller, CommandOutcome> act)
    {
        var caller = Caller;
        var outcome = caller is null
            ? CommandOutcome.Refused("caller: not signed in; sign in again.")
            : ConsoleCommandService.Authorise(caller, command, ConsoleRole.Operator) ?? act(caller);
        Audit.Record(AuditEntry.For(Time, caller, command, parameters, outcome));
        _message = outcome.Reason;
    }

    private async Task EnableSound()
    {
        if (_audio is not null)
        {
            _soundUnlocked = await _audio.InvokeAsync<bool>("unlock");
            _soundPlaying = "";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_audio is null)
        {
            return;
        }

        try
        {
            await _audio.InvokeVoidAsync("setAlarmSound", (string?)null);
            await _audio.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone: the page, and its sound, went with it.
        }
    }
}
