using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Presets;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Naming;
using CryoWeb.Controller.Storage;
using CryoWeb.Hardware;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CryoWeb.Controller;

/// <summary>
/// Procedures: their names, their recording (samples and probe modes from the frames), the gas permit, protocols and
/// presets, retention of old records, and the bridge that raises the storage alarms. Needs AddCryoWebStorage.
/// </summary>
public static class ProceduresServiceCollectionExtensions
{
    public static IServiceCollection AddCryoWebProcedures(this IServiceCollection services)
    {
        services.AddHostedService<StorageAlarmBridge>();
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<RetentionService>(sp, sp.GetRequiredService<IOptions<StorageOptions>>().Value.RetentionDays));

        // Frame subscribers are served in registration order: the recorder begins a procedure before the alarms of
        // its first tick are logged (AddCryoWebAlarms comes after).
        services.AddSingleton<IFrameSubscriber>(sp => sp.GetRequiredService<SampleRecorder>());
        services.AddSingleton<IFrameSubscriber, ProbeModeRecorder>();
        services.AddSingleton(sp => new ProcedureNaming(sp.GetRequiredService<PlantHardware>()));
        services.AddSingleton<ProcedureGasPermit>();
        services.AddSingleton<ProcedureService>();
        services.AddSingleton<ProtocolLibrary>();
        return services;
    }
}
