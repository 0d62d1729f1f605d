using CryoWeb.Controller.Control;
using CryoWeb.Controller.ControlThread;
using CryoWeb.Hardware.Valves;
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
        api.MapGet("/valves", (ControlCore core) => ApiResults.Json(ValveStates(core.Plant.Valves)))
            .RequireAuthorization(ConsolePolicies.Watch)
            .WithTags("Diagnostics")
            .WithSummary("Every valve as the bank drives it (no position sensing): open or closed and when it last changed, in unix ms.")
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

    public static IReadOnlyList<ValveStateResponse> ValveStates(IValveBank valves)
    {
        ArgumentNullException.ThrowIfNull(valves);
        var states = new List<ValveStateResponse>(valves.ProbeCount * 2 + 3);
        for (int p = 0; p < valves.ProbeCount; p++)
        {
            states.Add(State(valves, ValveId.FreezeOf(p), "freeze", p + 1));
            states.Add(State(valves, ValveId.ThawOf(p), "thaw", p + 1));
        }

        states.Add(State(valves, ValveId.ArgonSupply, "argon-supply", null));
        states.Add(State(valves, ValveId.ThawSupply, "thaw-supply", null));
        states.Add(State(valves, ValveId.Vent, "vent", null));
        return states;
    }

    private static ValveStateResponse State(IValveBank valves, ValveId valve, string name, int? probe)
    {
        var changed = valves.LastChange(valve);
        return new ValveStateResponse(name, probe, valves.IsOpen(valve), changed == default ? null : changed.ToUnixTimeMilliseconds());
    }
}
