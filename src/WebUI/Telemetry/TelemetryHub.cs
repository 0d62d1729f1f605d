using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Commands;
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
    SessionRegistry sessions) : Hub
{
    public const string Path = "/hubs/telemetry";

    /// <summary>Client method that receives each <see cref="TelemetryBatch"/>.</summary>
    public const string BatchMethod = "telemetry";

    /// <summary>Every connection joins this group; batches go to it.</summary>
    public const string ViewersGroup = "viewers";

    /// <summary>Largest message a client may send: commands are a few hundred bytes.</summary>
    public const long MaximumReceiveBytes = 4 * 1024;

    private const string EmergencyStopRoles = nameof(ConsoleRole.Operator) + "," + nameof(ConsoleRole.Admin);

    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, ViewersGroup).ConfigureAwait(false);
        viewers.HubConnected();
        await base.OnConnectedAsync().ConfigureAwait(false);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        viewers.HubDisconnected();
        await base.OnDisconnectedAsync(exception).ConfigureAwait(false);
    }

    /// <summary>The channels (tips first in wiring order as the plant lists them), guide lines and sampling.</summary>
    public TelemetrySeries GetSeries()
    {
        var names = procedures.RunningSetup?.ChannelNames(plant);
        var channels = new TelemetryChannel[plant.Channels.Count];
        for (int c = 0; c < channels.Length; c++)
        {
            var info = plant.Channels[c];
            string label = names is not null && c < names.Count ? names[c] : info.Name;
            channels[c] = new TelemetryChannel(c, info.Name, label, info.IsProbeTip, info.TipOfProbe + 1);
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
        var caller = await SignedInCallerAsync().ConfigureAwait(false);
        var parsed = TelemetryHubArguments.Mode(mode);
        Check(await commands.SetProbeMode(caller, probe, parsed, TelemetryHubArguments.PowerPercent(powerPercent)).ConfigureAwait(false));
    }

    [Authorize(Policy = ConsolePolicies.Operate)]
    public async Task ProtocolAction(int probe, string action, double extendSeconds)
    {
        var caller = await SignedInCallerAsync().ConfigureAwait(false);
        var parsed = TelemetryHubArguments.Action(action);
        Check(await commands.ProtocolAction(caller, probe, parsed, TelemetryHubArguments.ExtendBy(extendSeconds)).ConfigureAwait(false));
    }

    /// <summary>
    /// Stopping the gas is never held back by a session that ended while the connection stayed open: it only makes the
    /// plant safer, and it is audited under the connection's user.
    /// </summary>
    [Authorize(Roles = EmergencyStopRoles)]
    public void EmergencyStop() => Check(commands.EmergencyStop(Caller()));

    [Authorize(Policy = ConsolePolicies.Operate)]
    public async Task AcknowledgeAlarm(long id)
    {
        var caller = await SignedInCallerAsync().ConfigureAwait(false);
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
    }

    [Authorize(Policy = ConsolePolicies.Operate)]
    public async Task PauseAudio()
    {
        var caller = await SignedInCallerAsync().ConfigureAwait(false);
        Check(ConsoleCommandService.Authorise(caller, "PauseAudio", ConsoleRole.Operator));
        alarms.PauseAudio(caller.User);
    }

    /// <summary>
    /// The caller, refused when the session behind the connection has ended since it connected (signed out, disabled,
    /// role changed, idle): the connection's principal is fixed at connect time, the session is not.
    /// </summary>
    private async Task<Caller> SignedInCallerAsync()
    {
        var caller = Caller();
        return await sessions.IsOpenAsync(Context.User).ConfigureAwait(false)
            ? caller
            : throw new HubException("session: your sign-in has ended (signed out, disabled, role changed or idle); sign in again.");
    }

    private Caller Caller() =>
        ConsoleCaller.From(Context.User, Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString())
        ?? throw new HubException("caller: the connection has no signed-in user with a console role.");

    private static void Check(CommandOutcome? outcome)
    {
        if (outcome is { Accepted: false })
        {
            throw new HubException(outcome.Reason ?? "refused");
        }
    }
}
