using CryoWeb.Controller.Alarms;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Live;

namespace CryoWeb.WebUI.Api;

/// <summary>GET /api/status for everyone who may watch the console.</summary>
public static class StatusEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/status", (LiveStatusBoard board, AlarmManager alarms) =>
        {
            var snapshot = alarms.Snapshot();
            return ApiResults.Json(new StatusResponse(board.Current, snapshot.Alarms, snapshot.Audio));
        })
            .RequireAuthorization(ConsolePolicies.Watch)
            .WithTags("Status")
            .WithSummary("The live status (probes, sensors, supplies, emergency stop, procedure, controller link) and the shown alarms. Faulty readings are null.")
            .Produces<StatusResponse>()
            .WithName("getStatus");
    }
}
