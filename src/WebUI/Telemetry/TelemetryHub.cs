using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Procedures;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Live;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CryoWeb.WebUI.Telemetry;

/// <summary>
/// /hubs/telemetry: live chart data for everyone who may watch, read from the contract (the console's description,
/// the chart history built from frames). It takes no commands: Blazor and REST send them through the command service,
/// one transport per client kind. A bad argument is a <see cref="HubException"/> naming the field.
/// </summary>
[Authorize(Policy = ConsolePolicies.Watch)]
public sealed class TelemetryHub(
    TelemetryHistory history,
    ViewerRegistry viewers,
    ConsoleDescription console,
    ProcedureService procedures,
    HubSessionConnections connections) : Hub
{
    public const string Path = "/hubs/telemetry";

    /// <summary>Client method that receives each <see cref="TelemetryBatch"/>.</summary>
    public const string BatchMethod = "telemetry";

    /// <summary>Client method that receives each <see cref="TelemetryHeartbeat"/> (while no batches flow).</summary>
    public const string HeartbeatMethod = "heartbeat";

    /// <summary>Every connection joins this group; batches go to it.</summary>
    public const string ViewersGroup = "viewers";

    /// <summary>Largest message a client may send: its requests are a few dozen bytes.</summary>
    public const long MaximumReceiveBytes = 4 * 1024;

    public override async Task OnConnectedAsync()
    {
        if (!connections.Add(Context))
        {
            Context.Abort();
            return;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, ViewersGroup).ConfigureAwait(false);
        viewers.HubConnected();
        await base.OnConnectedAsync().ConfigureAwait(false);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (connections.Remove(Context))
        {
            viewers.HubDisconnected();
        }

        await base.OnDisconnectedAsync(exception).ConfigureAwait(false);
    }

    /// <summary>The channels (tips first in wiring order as the plant lists them), guide lines and sampling.</summary>
    public TelemetrySeries GetSeries()
    {
        var setup = procedures.RunningSetup;
        var names = setup?.ChannelNames(console);
        var channels = new TelemetryChannel[console.Channels.Count];
        for (int c = 0; c < channels.Length; c++)
        {
            var info = console.Channels[c];
            string label = names is not null && c < names.Count ? names[c] : info.Name;
            bool inUse = setup is null
                || (info.TipOfProbe is int tip ? setup.ProbesInUse.Contains(tip + 1) : setup.Sensors.Any(s => s.Channel == c));
            channels[c] = new TelemetryChannel(c, info.Name, label, info.IsProbeTip, info.TipOfProbe + 1, inUse);
        }

        return new TelemetrySeries(history.ProcedureId?.ToString("N"), channels, [0, -20, -40], (int)console.TickPeriod.TotalMilliseconds, TelemetryHistory.FullRateWindow.TotalMinutes);
    }

    /// <summary>Every full-rate sample after <paramref name="sinceUnixMs"/> (at most the last 15 minutes).</summary>
    public TelemetryHistorySlice GetHistory(long sinceUnixMs) => history.After(sinceUnixMs);

    /// <summary>The whole procedure in at most <paramref name="points"/> min/max buckets.</summary>
    public TelemetryOverview GetOverview(int points) =>
        points is >= 2 and <= TelemetryHistory.MaxOverviewPoints
            ? history.Overview(points)
            : throw new HubException($"points: {points} is not between 2 and {TelemetryHistory.MaxOverviewPoints}.");
}
