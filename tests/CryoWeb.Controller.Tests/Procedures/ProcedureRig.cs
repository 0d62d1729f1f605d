using CryoWeb.Controller.Setup;
using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Naming;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Storage;
using CryoWeb.Controller.Tests.Control;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryoWeb.Controller.Tests.Procedures;

/// <summary>The whole controller as the console wires it (store, recorder, alarms, audit, commands) on the simulator and a fake clock.</summary>
internal sealed class ProcedureRig : IDisposable
{
    public ProcedureRig()
    {
        Directory.CreateDirectory(Folder);
        Store = new ProcedureStore(DatabasePath, Console.Time, NullLogger<ProcedureStore>.Instance, new StorageOptions());
        Recorder = new SampleRecorder(Store);
        Naming = new ProcedureNaming(Console.Hardware);
        Console.Core.Naming = Naming;
        Alarms = new AlarmManager(Console.Time, new AlarmManagerOptions { LogSink = e => Store.RecordAlarm(StoredAlarmLog.From(e, Recorder.Recording ?? Naming.ProcedureId)) });
        Feed = new FrameFeed(Console.Core, [new AlarmFeeder(Alarms, Naming), Recorder], NullLogger<FrameFeed>.Instance);
        var audit = new StoreAuditSink(Store, Recorder, new MemoryAuditTrail());
        Commands = new ConsoleCommandService(Console.Core, audit, Console.Time, GasPermit);
        Procedures = new ProcedureService(Store, ConsoleDescription.Of(Console.Core.Plant, Console.Core.Options), Commands, Recorder, audit, Console.Time, GasPermit, Naming);
    }

    public static Caller Operator { get; } = new("anna", ConsoleRole.Operator, "10.0.0.21");

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "cryoweb-procedure-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Folder, "cryo.db");

    public ConsoleHarness Console { get; } = new();

    public ProcedureStore Store { get; }

    public SampleRecorder Recorder { get; }

    public AlarmManager Alarms { get; }

    public FrameFeed Feed { get; }

    public ProcedureGasPermit GasPermit { get; } = new();

    public ProcedureNaming Naming { get; }

    public ConsoleCommandService Commands { get; }

    public ProcedureService Procedures { get; }

    /// <summary>A set-up using every probe, with no guarded sensor.</summary>
    public static ProcedureSetup PlainSetup(string label = "Case 1") => new(label, "kidney", [1, 2, 3], []);

    /// <summary>Creates and starts a procedure (gas is allowed only inside one); returns its id.</summary>
    public async Task<Guid> StartProcedureAsync(ProcedureSetup? setup = null)
    {
        var (created, procedure) = await Procedures.CreateAsync(Operator, setup ?? PlainSetup());
        Assert.True(created.Accepted, created.Reason);
        var started = await Complete(Procedures.StartAsync(Operator, procedure!.Id));
        Assert.True(started.Accepted, started.Reason);
        return procedure.Id;
    }

    public void Run(TimeSpan duration)
    {
        for (int i = 0; i < duration / Console.Options.TickPeriod; i++)
        {
            Console.Tick();
            Feed.Pump();
        }
    }

    /// <summary>Ticks until an asynchronous command (answered by the control tick) has completed.</summary>
    public async Task<T> Complete<T>(Task<T> pending)
    {
        // The answer's continuation runs on the thread pool after the tick that executes the command: tick, then yield.
        for (int i = 0; i < 200 && !pending.IsCompleted; i++)
        {
            if (i % 10 == 0)
            {
                Console.Tick();
                Feed.Pump();
            }

            await Task.Yield();
        }

        return await pending.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
