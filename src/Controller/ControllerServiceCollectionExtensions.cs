using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Naming;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Storage;
using CryoWeb.Controller.ControlThread;
using CryoWeb.Hardware;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CryoWeb.Controller;

/// <summary>Registers the control core, its thread and the watchdog. Call after AddCryoWebHardware.</summary>
public static class ControllerServiceCollectionExtensions
{
    public static IServiceCollection AddCryoWebController(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ControllerOptions>().Bind(configuration.GetSection(ControllerOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ControllerOptions>, ControllerOptionsValidator>();
        services.AddSingleton(sp =>
        {
            var core = new ControlCore(sp.GetRequiredService<PlantHardware>(), sp.GetRequiredService<IOptions<ControllerOptions>>().Value)
            {
                Naming = sp.GetRequiredService<ProcedureNaming>(),
            };
            var logger = sp.GetRequiredService<ILogger<ControlCore>>();
            core.ValveFaulted = fault => ValveFaultLog.Faulted(logger, fault.Message, fault);
            return core;
        });
        services.AddSingleton(sp => new ControlLoopMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.AddSingleton<ControlLoop>();
        services.AddHostedService(sp => sp.GetRequiredService<ControlLoop>());
        services.AddSingleton(sp => new ControlWatchdog(
            sp.GetRequiredService<ControlCore>(),
            () => sp.GetRequiredService<ControlLoop>().LastTickTimestamp,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ControlWatchdog>>()));
        services.AddHostedService(sp => sp.GetRequiredService<ControlWatchdog>());
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection("Storage"));
        services.AddSingleton(sp => StorageStartup.Open(
            configuration, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ProcedureStore>>(), sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        StorageStartupGate.AddFirst(services);
        services.AddHostedService<StorageAlarmBridge>();
        int retentionDays = int.TryParse(configuration["Storage:RetentionDays"], out int days) ? days : 0;
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<RetentionService>(sp, retentionDays));
        services.AddConsoleContract();
        services.AddSingleton<SampleRecorder>();
        services.AddSingleton<IFrameSubscriber>(sp => sp.GetRequiredService<SampleRecorder>());
        services.AddSingleton<IFrameSubscriber, ProbeModeRecorder>();
        services.AddSingleton(sp =>
        {
            var store = sp.GetRequiredService<ProcedureStore>();
            var recorder = sp.GetRequiredService<SampleRecorder>();
            var naming = sp.GetRequiredService<ProcedureNaming>();
            // A procedure's guards can raise an alarm in their first tick, before its recorder has begun: it is the procedure's.
            return new AlarmManager(sp.GetRequiredService<TimeProvider>(), new AlarmManagerOptions { LogSink = entry => store.RecordAlarm(StoredAlarmLog.From(entry, recorder.Recording ?? naming.ProcedureId)) });
        });
        services.AddSingleton<ProcedureNaming>();
        services.AddSingleton<IFrameSubscriber, AlarmFeeder>();
        services.AddSingleton<IceballEstimator>();
        services.AddSingleton<IFrameSubscriber>(sp => sp.GetRequiredService<IceballEstimator>());
        services.AddHostedService(sp => sp.GetRequiredService<IceballEstimator>());
        services.AddSingleton<FrameFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<FrameFeed>());
        services.AddSingleton<MemoryAuditTrail>();
        services.AddSingleton<IAuditSink, StoreAuditSink>();
        services.AddSingleton<ProcedureGasPermit>();
        services.AddSingleton<ConsoleCommandService>();
        services.AddSingleton<ProcedureService>();
        services.AddSingleton<ProtocolLibrary>();
        services.AddSingleton<IceballRecords>();
        return services;
    }
}
