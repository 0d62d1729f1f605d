using CryoWeb.Controller.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Procedures;

/// <summary>
/// Applies the configured retention once a day ("Storage:RetentionDays"; 0 or absent keeps everything). The store only
/// ever deletes procedures that were reviewed; unreviewed ones are kept and counted in the log.
/// </summary>
public sealed partial class RetentionService(ProcedureStore store, TimeProvider time, ILogger<RetentionService> logger, int retentionDays) : BackgroundService
{
    /// <summary>Runs the retention once; returns the store's report, or null when retention is off.</summary>
    public async Task<RetentionReport?> ApplyOnceAsync()
    {
        if (retentionDays <= 0)
        {
            return null;
        }

        var report = await store.ApplyRetentionAsync(TimeSpan.FromDays(retentionDays)).ConfigureAwait(false);
        LogApplied(logger, retentionDays, report.DeletedProcedures, report.KeptUnreviewed);
        return report;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (retentionDays <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), time);
        do
        {
            await ApplyOnceAsync().ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention ({Days} days): deleted {Deleted} reviewed procedure(s); kept {Kept} older unreviewed procedure(s)")]
    private static partial void LogApplied(ILogger logger, int days, int deleted, int kept);
}
