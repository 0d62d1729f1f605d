using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Commands;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace CryoWeb.WebUI.Components.Console;

/// <summary>
/// The alarm bar: acknowledge and audio pause for Operators (commands of <see cref="ConsoleCommandService"/>, which
/// checks the role and audits), and the priority-coded sound through
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
    private ConsoleCommandService Commands { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private CryoWeb.WebUI.Clock.ConsoleTimeZone Zone { get; set; } = default!;

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

    /// <summary>Acknowledges alarm <paramref name="alarmId"/> through the command service (Operators, audited there).</summary>
    internal void Acknowledge(long alarmId) => Respond(caller => Commands.AcknowledgeAlarm(caller, alarmId));

    /// <summary>Pauses the alarm audio through the command service.</summary>
    internal void Pause() => Respond(Commands.PauseAudio);

    /// <summary>Ends the audio pause through the command service.</summary>
    internal void Resume() => Respond(Commands.ResumeAudio);

    /// <summary>
    /// The command service checks the role when the command runs (the buttons are hidden from others, but a stale page
    /// or a crafted event must not get through either) and audits every attempt; a refusal is shown.
    /// </summary>
    private void Respond(Func<Caller, CommandOutcome> command)
    {
        // No caller (not signed in) is refused and audited by the command service like any unknown caller.
        _message = command(Caller!).Reason;
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
