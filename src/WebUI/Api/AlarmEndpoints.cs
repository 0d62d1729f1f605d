using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Control;
using CryoWeb.WebUI.Accounts;

namespace CryoWeb.WebUI.Api;

/// <summary>Alarm acknowledgement and audio pause (Operators, who are at the console to respond).</summary>
public static class AlarmEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var operate = api.MapGroup("/alarms").RequireAuthorization(ConsolePolicies.Operate).WithTags("Alarms");

        operate.MapPost("/{id:long}/acknowledge", (long id, HttpContext http, AlarmManager alarms) =>
            alarms.Acknowledge(id, ApiCaller.Of(http).User) switch
            {
                AcknowledgeResult.Acknowledged => ApiResults.Outcome(CommandOutcome.Ok),
                AcknowledgeResult.UnknownAlarm => ApiResults.NotFound($"id: no alarm {id} is shown (it never existed or has ended)."),
                AcknowledgeResult.AlreadyAcknowledged => ApiResults.Conflict($"Alarm {id} is already acknowledged."),
                _ => ApiResults.Conflict($"Alarm {id} is an information signal; it needs no acknowledgement."),
            })
            .WithSummary("Acknowledge one alarm: it stops sounding, and ends when its condition has cleared.")
            .Produces<CommandOutcome>();

        operate.MapPost("/audio-pause", (HttpContext http, AlarmManager alarms) =>
        {
            alarms.PauseAudio(ApiCaller.Of(http).User);
            return ApiResults.Json(alarms.Snapshot().Audio);
        })
            .WithSummary("Pause the alarm sound for 2 minutes; a new alarm of higher priority still sounds. Answers the audio state.")
            .Produces<AudioState>();

        operate.MapPost("/audio-resume", (HttpContext http, AlarmManager alarms) =>
        {
            alarms.ResumeAudio(ApiCaller.Of(http).User);
            return ApiResults.Json(alarms.Snapshot().Audio);
        })
            .WithSummary("End the audio pause early. Answers the audio state.")
            .Produces<AudioState>();
    }
}
