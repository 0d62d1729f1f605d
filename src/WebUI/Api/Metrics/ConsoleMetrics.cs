using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.ControlThread;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Live;

namespace CryoWeb.WebUI.Api.Metrics;

/// <summary>
/// The console's /metrics: control tick lateness (from the same <see cref="TickLatencyHistogram"/> that feeds the
/// "CryoWeb.Controller" meter), connected viewers, shown alarms by priority, storage drops and lost frames. Read
/// straight from this host's singletons at scrape time, so two consoles in one process never mix their numbers.
/// </summary>
public sealed class ConsoleMetrics(ControlLoopMetrics loop, ControlWatchdog watchdog, ViewerRegistry viewers, AlarmManager alarms, ProcedureStore store, FrameFeed feed)
{
    public string Scrape()
    {
        var text = new PrometheusText();
        var lateness = loop.Lateness;
        double max = lateness.MaxMilliseconds;

        // Percentiles are the upper edge of their 10 us bucket; never more than the exact maximum.
        text.Family("cryoweb_control_tick_lateness_milliseconds", "gauge", "How late control ticks started over the whole run, by percentile (100 = the maximum).");
        foreach (var (label, fraction) in new[] { ("50", 0.5), ("99", 0.99), ("99.9", 0.999) })
        {
            text.Sample("cryoweb_control_tick_lateness_milliseconds", Math.Min(lateness.Percentile(fraction), max), ("percentile", label));
        }

        text.Sample("cryoweb_control_tick_lateness_milliseconds", max, ("percentile", "100"));
        text.Family("cryoweb_control_ticks_total", "counter", "Control ticks run.")
            .Sample("cryoweb_control_ticks_total", lateness.Count);
        text.Family("cryoweb_control_overruns_total", "counter", "Control ticks later than the overrun limit.")
            .Sample("cryoweb_control_overruns_total", loop.Overruns);
        text.Family("cryoweb_control_loop_healthy", "gauge", "1 while the control thread ticks on time, 0 after the watchdog tripped.")
            .Sample("cryoweb_control_loop_healthy", watchdog.IsHealthy ? 1 : 0);
        text.Family("cryoweb_viewers", "gauge", "Live viewers connected now, by kind.")
            .Sample("cryoweb_viewers", viewers.HubConnections, ("kind", "telemetry_hub"))
            .Sample("cryoweb_viewers", viewers.LiveCircuits, ("kind", "live_page"));

        var shown = alarms.Snapshot().Alarms;
        text.Family("cryoweb_alarms_active", "gauge", "Alarms and information signals shown now, by priority.");
        foreach (var priority in Enum.GetValues<AlarmPriority>().Reverse())
        {
            text.Sample("cryoweb_alarms_active", shown.Count(a => a.Priority == priority), ("priority", priority.ToString().ToLowerInvariant()));
        }

        text.Family("cryoweb_storage_dropped_items_total", "counter", "Samples and records the store refused (queue full or failed).")
            .Sample("cryoweb_storage_dropped_items_total", store.DroppedItems);
        text.Family("cryoweb_storage_healthy", "gauge", "1 while recorded data reaches the database.")
            .Sample("cryoweb_storage_healthy", store.Health.State == StorageState.Healthy ? 1 : 0);
        text.Family("cryoweb_frames_lost_total", "counter", "Control frames the frame feed lost because it fell behind the ring.")
            .Sample("cryoweb_frames_lost_total", feed.LostFrames);

        // The usual process families (names as Prometheus' own client libraries write them), for memory and CPU budgets.
        text.Family("process_resident_memory_bytes", "gauge", "Resident memory of the console process.")
            .Sample("process_resident_memory_bytes", Environment.WorkingSet);
        text.Family("process_cpu_seconds_total", "counter", "CPU time (user and system) the console process used.")
            .Sample("process_cpu_seconds_total", Environment.CpuUsage.TotalTime.TotalSeconds);
        var gc = GC.GetGCMemoryInfo();
        text.Family("dotnet_gc_heap_bytes", "gauge", "Bytes in the managed heap after the last collection.")
            .Sample("dotnet_gc_heap_bytes", gc.HeapSizeBytes);
        text.Family("dotnet_gc_committed_bytes", "gauge", "Memory the garbage collector has committed (heap plus room to allocate into).")
            .Sample("dotnet_gc_committed_bytes", gc.TotalCommittedBytes);
        text.Family("dotnet_gc_collections_total", "counter", "Garbage collections since start, by generation.")
            .Sample("dotnet_gc_collections_total", GC.CollectionCount(0), ("generation", "0"))
            .Sample("dotnet_gc_collections_total", GC.CollectionCount(1), ("generation", "1"))
            .Sample("dotnet_gc_collections_total", GC.CollectionCount(2), ("generation", "2"));
        text.Family("dotnet_gc_pause_percent", "gauge", "Share of the run the garbage collector paused every thread, the control thread included (percent).")
            .Sample("dotnet_gc_pause_percent", GC.GetGCMemoryInfo(GCKind.Any).PauseTimePercentage);
        return text.ToString();
    }
}
