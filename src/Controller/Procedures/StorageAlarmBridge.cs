using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Storage;
using Microsoft.Extensions.Hosting;

namespace CryoWeb.Controller.Procedures;

/// <summary>
/// Tells the control loop when storage fails or recovers, so the high-priority alarm follows the store's health: through
/// the command channel (the console's one way to the control core), as a report acted on at once.
/// </summary>
internal sealed class StorageAlarmBridge(ProcedureStore store, ICommandChannel controller) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Failed += OnFailed;
        store.Recovered += OnRecovered;

        // The store opens in its constructor: a failure there happened before we subscribed.
        controller.ReportStorageHealth(store.Health.State == StorageState.Failed);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        store.Failed -= OnFailed;
        store.Recovered -= OnRecovered;
        return Task.CompletedTask;
    }

    private void OnFailed(object? sender, StorageHealth health) => controller.ReportStorageHealth(true);

    private void OnRecovered(object? sender, StorageHealth health) => controller.ReportStorageHealth(false);
}
