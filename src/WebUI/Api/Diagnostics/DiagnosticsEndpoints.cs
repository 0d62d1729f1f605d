using CryoWeb.Controller.ReadModel;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.ControlThread;
using CryoWeb.WebUI.Accounts;

namespace CryoWeb.WebUI.Api.Diagnostics;

/// <summary>
/// GET /api/valves (each valve's commanded state and when it last changed) and GET /api/diagnostics/tick-lateness (the
/// control loop's lateness histogram): for service staff and the benchmarks, read-only, for everyone who may watch.
/// </summary>
public static class DiagnosticsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/valves", (ConsoleReadModel console) => ApiResults.Json(ValveStates(console.Latest)))
            .RequireAuthorization(ConsolePolicies.Watch)
            .WithTags("Diagnostics")
            .WithSummary("Every valve as the latest control frame drove it (no position sensing): open or closed and when it last changed, in unix ms.")
            .Produces<IReadOnlyList<ValveStateResponse>>()
            .WithName("getValves");

        api.MapGet("/diagnostics/tick-lateness", (ControlLoopMetrics metrics) =>
        {
            var lateness = metrics.Lateness;
            var buckets = lateness.NonEmptyBuckets().Select(b => new[] { b.Key, b.Value }).ToList();
            return ApiResults.Json(new TickLatenessResponse(TickLatencyHistogram.BucketMilliseconds, lateness.Count, lateness.MaxMilliseconds, metrics.Overruns, buckets));
        })
            .RequireAuthorization(ConsolePolicies.Watch)
            .WithTags("Diagnostics")
            .WithSummary("The control loop's tick-lateness histogram since start: non-empty 10 us buckets as [index, count].")
            .Produces<TickLatenessResponse>()
            .WithName("getTickLateness");
    }

    /// <summary>
    /// The valves as the published frames show them (the read model, never the valve bank, whose lock the control thread
    /// holds): freeze and thaw of each probe, then argon supply, thaw supply and vent.
    /// </summary>
    public static IReadOnlyList<ValveStateResponse> ValveStates(ConsoleState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return [.. state.Valves.Select(v => new ValveStateResponse(v.Valve, v.Probe, v.Open, v.ChangedAt?.ToUnixTimeMilliseconds()))];
    }
}
