using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Naming;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.Controller;

/// <summary>The alarm manager, logging into the records, fed from the frames. Needs AddCryoWebStorage and AddCryoWebProcedures.</summary>
public static class AlarmsServiceCollectionExtensions
{
    public static IServiceCollection AddCryoWebAlarms(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var store = sp.GetRequiredService<ProcedureStore>();
            var recorder = sp.GetRequiredService<SampleRecorder>();
            var naming = sp.GetRequiredService<ProcedureNaming>();
            // A procedure's guards can raise an alarm in their first tick, before its recorder has begun: it is the procedure's.
            return new AlarmManager(sp.GetRequiredService<TimeProvider>(), new AlarmManagerOptions { LogSink = entry => store.RecordAlarm(StoredAlarmLog.From(entry, recorder.Recording ?? naming.ProcedureId)) });
        });
        services.AddSingleton<IFrameSubscriber>(sp => new AlarmFeeder(sp.GetRequiredService<AlarmManager>(), sp.GetRequiredService<ProcedureNaming>()));
        return services;
    }
}
