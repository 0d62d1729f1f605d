using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// Opens the recording database before anything else the host starts. The host builds every hosted service, in
/// registration order, before it starts any; registered first (<see cref="AddFirst"/>), this one's constructor needs
/// the <see cref="ProcedureStore"/>, so a database that cannot be used (<see cref="StorageStartup"/>) stops start-up
/// before the plant (valves, heaters) is built and before the sign-in page answers.
/// </summary>
public sealed class StorageStartupGate : IHostedService
{
    public StorageStartupGate(ProcedureStore store) => ArgumentNullException.ThrowIfNull(store);

    /// <summary>Registers the gate as the first hosted service.</summary>
    public static void AddFirst(IServiceCollection services) =>
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StorageStartupGate>());

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
