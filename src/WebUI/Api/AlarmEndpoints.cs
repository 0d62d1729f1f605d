using CryoWeb.Controller.ReadModel;
using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Alarms;
using CryoWeb.WebUI.Accounts;

namespace CryoWeb.WebUI.Api;

/// <summary>Alarm acknowledgement and audio pause (Operators, who are at the console to respond), through the command service.</summary>
public static class AlarmEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var operate = api.MapGroup("/alarms").RequireAuthorization(ConsolePolicies.Operate).WithTags("Alarms");

        operate.MapPost("/{id:long}/acknowledge", (long id, HttpContext http, ConsoleCommandService commands) =>
            ApiResults.Outcome(commands.AcknowledgeAlarm(ApiCaller.Of(http), id), notFoundField: "id"))
            .WithSummary("Acknowledge one alarm: it stops sounding, and ends when its condition has cleared.")
            .Produces<CommandOutcome>()
            .WithName("acknowledgeAlarm").CommandAnswers().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        operate.MapPost("/audio-pause", (HttpContext http, ConsoleCommandService commands, ConsoleReadModel console) =>
        {
            var outcome = commands.PauseAudio(ApiCaller.Of(http));
            return outcome.Accepted ? ApiResults.Json(console.Alarms!.Audio) : ApiResults.Outcome(outcome);
        })
            .WithSummary("Pause the alarm sound for 2 minutes; a new alarm of higher priority still sounds. Answers the audio state.")
            .Produces<AudioState>()
            .WithName("pauseAlarmAudio").CommandAnswers();

        operate.MapPost("/audio-resume", (HttpContext http, ConsoleCommandService commands, ConsoleReadModel console) =>
        {
            // Resuming audio that was not paused changes nothing: answered with the audio state, as before.
            commands.ResumeAudio(ApiCaller.Of(http));
            return ApiResults.Json(console.Alarms!.Audio);
        })
            .WithSummary("End the audio pause early. Answers the audio state.")
            .Produces<AudioState>()
            .WithName("resumeAlarmAudio").CommandAnswers();
    }
}
