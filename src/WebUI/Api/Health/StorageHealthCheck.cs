using CryoWeb.Controller.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CryoWeb.WebUI.Api.Health;

/// <summary>Recorded data reaches the database (the store is not in its Failed state).</summary>
public sealed class StorageHealthCheck(ProcedureStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = store.Health;
        var data = new Dictionary<string, object> { ["droppedItems"] = store.DroppedItems };
        var result = health.State == StorageState.Healthy
            ? HealthCheckResult.Healthy($"Recording: the last commit succeeded; {store.DroppedItems} items dropped since start.", data)
            : HealthCheckResult.Unhealthy($"Storage failed since {health.Since:u}: {health.Reason}", data: data);
        return Task.FromResult(result);
    }
}
