using System.Diagnostics.Metrics;
using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.ControlThread;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Live;

namespace CryoWeb.WebUI.Api.Metrics;

/// <summary>
/// The console's own series (meter "CryoWeb.Console", beside the controller's "CryoWeb.Controller"): whether the control
/// loop is healthy, connected viewers, shown alarms by priority, storage drops and health, lost frames. Observed from
/// this host's singletons when a collector asks (a /metrics scrape), through this host's meter factory, so two consoles
/// in one process never mix their numbers (<see cref="MetricsExport"/> drops the other host's meters).
/// </summary>
public sealed class ConsoleMetrics
{
    public const string MeterName = "CryoWeb.Console";

    public ConsoleMetrics(IMeterFactory meterFactory, ControlWatchdog watchdog, ViewerRegistry viewers, AlarmManager alarms, ProcedureStore store, FrameFeed feed)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge("cryoweb.control.loop_healthy", () => watchdog.IsHealthy ? 1 : 0, unit: null,
            "1 while the control thread ticks on time, 0 after the watchdog tripped.");
        meter.CreateObservableGauge("cryoweb.viewers", () => (Measurement<long>[])
            [
                new(viewers.HubConnections, [new KeyValuePair<string, object?>("kind", "telemetry_hub")]),
                new(viewers.LiveCircuits, [new KeyValuePair<string, object?>("kind", "live_page")]),
            ], "{viewer}", "Live viewers connected now, by kind.");
        meter.CreateObservableGauge("cryoweb.alarms.active", () => ActiveAlarms(alarms), "{alarm}",
            "Alarms and information signals shown now, by priority.");
        meter.CreateObservableCounter("cryoweb.storage.dropped_items", () => store.DroppedItems, "{item}",
            "Samples and records the store refused (queue full or failed).");
        meter.CreateObservableGauge("cryoweb.storage.healthy", () => store.Health.State == StorageState.Healthy ? 1 : 0, unit: null,
            "1 while recorded data reaches the database.");
        meter.CreateObservableCounter("cryoweb.frames.lost", () => feed.LostFrames, "{frame}",
            "Control frames the frame feed lost because it fell behind the ring.");
    }

    /// <summary>One measurement per priority, zero included, so every series exists from the first scrape.</summary>
    private static IEnumerable<Measurement<int>> ActiveAlarms(AlarmManager alarms)
    {
        var shown = alarms.Snapshot().Alarms;
        return [.. Enum.GetValues<AlarmPriority>().Reverse().Select(priority => new Measurement<int>(
            shown.Count(a => a.Priority == priority), new KeyValuePair<string, object?>("priority", priority.ToString().ToLowerInvariant())))];
    }
}
