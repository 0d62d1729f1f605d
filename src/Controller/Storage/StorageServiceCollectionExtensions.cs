using CryoWeb.Controller.Storage;
using CryoWeb.Configuration;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Procedures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CryoWeb.Controller;

/// <summary>
/// The records: the "Storage" settings, the database (opened before anything else starts, see
/// <see cref="StorageStartupGate"/>), the audit trail written into it and the sample recorder that tags records with the
/// running procedure. All the command-line tools need; nothing here drives the plant.
/// </summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddCryoWebStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSettings<StorageOptions>(configuration, StorageOptions.SectionName);
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton(sp =>
        {
            // The gate opens the database while the host builds its hosted services, before the host's own start-up
            // validation: check every section first, so that all that is wrong is named at once and no database is
            // opened (or created) under settings that will be refused.
            sp.GetService<IStartupValidator>()?.Validate();
            return StorageStartup.Open(
                configuration, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ProcedureStore>>(), sp.GetRequiredService<IOptions<StorageOptions>>().Value);
        });
        StorageStartupGate.AddFirst(services);
        services.AddSingleton<SampleRecorder>();
        services.AddSingleton<MemoryAuditTrail>();
        services.AddSingleton<IAuditSink, StoreAuditSink>();
        return services;
    }
}
