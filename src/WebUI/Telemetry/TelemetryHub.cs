using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Procedures;
using CryoWeb.Hardware;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Live;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CryoWeb.WebUI.Telemetry;

/// <summary>
/// /hubs/telemetry: live chart data for everyone who may watch, and the console commands for script and JS clients.
/// Every command is limited to its role by attribute and again by the command layer with the caller taken from the
/// connection, so a Supervisor is refused even if an attribute were missing. A refusal is a <see cref="HubException"/>
/// carrying the reason.
/// </summary>
[Authorize(Policy = ConsolePolicies.Watch)]
public sealed class TelemetryHub(
    TelemetryHistory history,
    ViewerRegistry viewers,
    ConsoleCommandService commands,
    AlarmManager alarms,
    PlantHardware plant,
    ControlCore core,
    ProcedureService procedures,
    SessionRegistry sessions,
    HubSessionConnections connections) : Hub
{
    public const string Path = "/hubs/telemetry";

    /// <summary>Client method that receives each <see cref="TelemetryBatch"/>.</summary>
    public const string BatchMethod = "telemetry";

    /// <summary>Client method that receives each <see cref="TelemetryHeartbeat"/> (while no batches flow).</summary>
    public const string HeartbeatMethod = "heartbeat";

    /// <summary>Every connection joins this group; batches go to it.</summary>
    public const string ViewersGroup = "viewers";

    /// <summary>Largest message a client may send: commands are a few hundred bytes.</summary>
    public const long MaximumReceiveBytes = 4 * 1024;

    private const string EmergencyStopRoles = nameof(ConsoleRole.Operator) + "," + nameof(ConsoleRole.Admin);

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
        var names = setup?.ChannelNames(plant);
        var channels = new TelemetryChannel[plant.Channels.Count];
        for (int c = 0; c < channels.Length; c++)
        {
            var info = plant.Channels[c];
            string label = names is not null && c < names.Count ? names[c] : info.Name;
            bool inUse = setup is null
                || (info.TipOfProbe is int tip ? setup.ProbesInUse.Contains(tip + 1) : setup.Sensors.Any(s => s.Channel == c));
            channels[c] = new TelemetryChannel(c, info.Name, label, info.IsProbeTip, info.TipOfProbe + 1, inUse);
        }

        return new TelemetrySeries(history.ProcedureId?.ToString("N"), channels, [0, -20, -40], (int)core.Options.TickPeriod.TotalMilliseconds, TelemetryHistory.FullRateWindow.TotalMinutes);
    }

    /// <summary>Every full-rate sample after <paramref name="sinceUnixMs"/> (at most the last 15 minutes).</summary>
    public TelemetryHistorySlice GetHistory(long sinceUnixMs) => history.After(sinceUnixMs);

    /// <summary>The whole procedure in at most <paramref name="points"/> min/max buckets.</summary>
    public TelemetryOverview GetOverview(int points) =>
        points is >= 2 and <= TelemetryHistory.MaxOverviewPoints
            ? history.Overview(points)
            : throw new HubException($"points: {points} is not between 2 and {TelemetryHistory.MaxOverviewPoints}.");

    [Authorize(Policy = ConsolePolicies.Operate)]
    public async Task SetProbeMode(int probe, string mode, double powerPercent)
    {
        var caller = Caller();
        var parsed = TelemetryHubArguments.Mode(mode);
        Check(await commands.SetProbeMode(caller, probe, parsed, TelemetryHubArguments.PowerPercent(powerPercent)).ConfigureAwait(false));
    }

    [Authorize(Policy = ConsolePolicies.Operate)]
    public async Task ProtocolAction(int probe, string action, double extendSeconds)
    {
        var caller = Caller();
        var parsed = TelemetryHubArguments.Action(action);
        Check(await commands.ProtocolAction(caller, probe, parsed, TelemetryHubArguments.ExtendBy(extendSeconds)).ConfigureAwait(false));
    }

    /// <summary>
    /// A connection whose session ended is closed within a second (see <see cref="HubSessionConnections"/>); until then
    /// its emergency stop is refused like any command (issue 13: a demoted user's open connection still pressed it).
    /// </summary>
    [Authorize(Roles = EmergencyStopRoles)]
    public void EmergencyStop() => Check(commands.EmergencyStop(Caller()));

    [Authorize(Policy = ConsolePolicies.Operate)]
    public Task AcknowledgeAlarm(long id)
    {
        var caller = Caller();
        Check(ConsoleCommandService.Authorise(caller, "AcknowledgeAlarm", ConsoleRole.Operator));
        var result = alarms.Acknowledge(id, caller.User);
        if (result is not AcknowledgeResult.Acknowledged)
        {
            throw new HubException(result switch
            {
                AcknowledgeResult.UnknownAlarm => $"id: {id} is not an alarm shown now.",
                AcknowledgeResult.AlreadyAcknowledged => $"id: alarm {id} was already acknowledged.",
                AcknowledgeResult.InformationSignal => $"id: {id} is an information signal; it needs no acknowledgement.",
                _ => $"id: alarm {id} was not acknowledged ({result}).",
            });
        }

        return Task.CompletedTask;
    }

    [Authorize(Policy = ConsolePolicies.Operate)]
    public Task PauseAudio()
    {
        var caller = Caller();
        Check(ConsoleCommandService.Authorise(caller, "PauseAudio", ConsoleRole.Operator));
        alarms.PauseAudio(caller.User);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The caller with the connection's session, refused when that session has ended since it connected (signed out,
    /// disabled, role changed, idle): the connection's principal is fixed at connect time, the session is not, and the
    /// command layer checks it again when the command runs.
    /// </summary>
    private Caller Caller() =>
        ConsoleCaller.From(Context.User, Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString(), sessions)
        ?? throw new HubException(ConsoleCommandService.SessionEnded);

    private static void Check(CommandOutcome? outcome)
    {
        if (outcome is { Accepted: false })
        {
            throw new HubException(outcome.Reason ?? "refused");
        }
    }
}
