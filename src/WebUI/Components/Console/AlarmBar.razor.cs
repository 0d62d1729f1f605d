using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Commands;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace CryoWeb.WebUI.Components.Console;

/// <summary>
/// The alarm bar: acknowledge and audio pause for Operators, and the priority-coded sound through
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
    private IJSRuntime JS { get; set; } = default!;

    private IJSObjectReference? _audio;
    private bool _soundUnlocked = true;
    private bool _soundChecked;
    private string? _soundPlaying = "";
    private string? _message;

    private bool CanRespond => Caller?.Role == ConsoleRole.Operator;

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

    private void Acknowledge(long alarmId)
    {
        if (Caller is null)
        {
            return;
        }

        var result = Alarms.Acknowledge(alarmId, Caller.User);
        _message = result switch
        {
            AcknowledgeResult.Acknowledged => null,
            AcknowledgeResult.AlreadyAcknowledged => "Someone acknowledged this alarm already.",
            AcknowledgeResult.UnknownAlarm => "This alarm has ended already.",
            _ => "An information signal needs no acknowledgement.",
        };
    }

    private void Pause()
    {
        if (Caller is not null)
        {
            Alarms.PauseAudio(Caller.User);
        }
    }

    private void Resume()
    {
        if (Caller is not null)
        {
            Alarms.ResumeAudio(Caller.User);
        }
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
