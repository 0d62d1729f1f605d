using System.Globalization;
using CryoWeb.Controller.ControlThread;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CryoWeb.WebUI.Api.Health;

/// <summary>The control thread runs and ticks on time (the watchdog has not tripped).</summary>
public sealed class ControlLoopHealthCheck(IControlLoopStatus loop, ControlWatchdog watchdog, ControlLoopMetrics metrics) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["ticks"] = metrics.Lateness.Count,
            ["overruns"] = metrics.Overruns,
            ["latenessP99Milliseconds"] = metrics.Lateness.Percentile(0.99),
        };
        var result = !loop.IsRunning ? HealthCheckResult.Unhealthy("The control thread is not running.", data: data)
            : !watchdog.IsHealthy ? HealthCheckResult.Unhealthy("The control thread stalled: the watchdog forced the safe state (emergency stop latched).", data: data)
            : HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"Ticking on time: {metrics.Lateness.Count} ticks, p99 lateness {metrics.Lateness.Percentile(0.99):F2} ms, {metrics.Overruns} overruns."), data);
        return Task.FromResult(result);
    }
}
