using CryoWeb.Controller.Simulator;
using CryoWeb.Controller.Setup;
using CryoWeb.Controller.ReadModel;
using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Frames;
using Bunit;
using Bunit.TestDoubles;
using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Storage;
using CryoWeb.Hardware;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Thermal.Layout;
using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Tests.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Presets;

namespace CryoWeb.WebUI.Tests.Console;

/// <summary>
/// The real controller services (command layer, procedures, alarms, presets, store) over the console's default
/// simulated plant (2 probes on channels 0 and 1, sensors on channels 2 to 4) and a fake clock, registered in a bUnit
/// context with a signed-in user. The control tick runs only when a test calls <see cref="Tick"/>.
/// </summary>
internal sealed class ConsoleRig : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(100);

    private readonly ControlFrame _frame;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cryoweb-console-" + Guid.NewGuid().ToString("N"));

    public ConsoleRig()
    {
        Directory.CreateDirectory(_folder);
        Plant = new SimulatedPlant(SimulationLayout.Default with { GridSpacingMm = 3, MarginMm = 20 }, Time.GetUtcNow(), Period.TotalSeconds);
        Hardware = Plant.CreateHardware(Time);
        Core = new ControlCore(Hardware, new ControllerOptions());
        _frame = new ControlFrame(Hardware.Thermocouples.ChannelCount, Hardware.ProbeCount);
        Store = new ProcedureStore(Path.Combine(_folder, "cryo.db"), Time, NullLogger<ProcedureStore>.Instance, new StorageOptions());
        Recorder = new SampleRecorder(Store);
        Alarms = new AlarmManager(Time, new AlarmManagerOptions());
        ReadModel = new ConsoleReadModel(Core, Alarms);
        Library = new ProtocolLibrary(Store);
        Commands = new ConsoleCommandService(Core, Audit, Time, GasPermit, Alarms, ReadModel, Library);
        Procedures = new ProcedureService(Store, ConsoleDescription.Of(Core.Plant, Core.Options), Commands, Recorder, Audit, Time, GasPermit);
        Estimator = new IceballEstimator(ReadModel.Description, Recorder, Store, Time, NullLogger<IceballEstimator>.Instance);
        Sessions = TestSessions.Registry(Time);
        Tick(5); // valid readings before any command
    }

    public static Caller Operator { get; } = new("anna", ConsoleRole.Operator, "10.0.0.21");

    public static Caller Supervisor { get; } = new("sam", ConsoleRole.Supervisor, "10.0.0.40");

    public static Caller Admin { get; } = new("ada", ConsoleRole.Admin, "10.0.0.50");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    public SimulatedPlant Plant { get; }

    public PlantHardware Hardware { get; }

    public ControlCore Core { get; }

    public ProcedureStore Store { get; }

    public SampleRecorder Recorder { get; }

    public MemoryAuditTrail Audit { get; } = new();

    /// <summary>The server-side sessions; the user of the last <see cref="Context(Caller)"/> has one open.</summary>
    public SessionRegistry Sessions { get; }

    /// <summary>The principal of the last <see cref="Context(Caller)"/>'s user (end its session with <see cref="SessionRegistry.End"/>).</summary>
    public System.Security.Claims.ClaimsPrincipal? SignedIn { get; private set; }

    public ProcedureGasPermit GasPermit { get; } = new();

    public ConsoleCommandService Commands { get; }

    public ProcedureService Procedures { get; }

    public AlarmManager Alarms { get; }

    /// <summary>The contract's read model; fed by <see cref="Tick"/> with every frame, as the frame feed would.</summary>
    public ConsoleReadModel ReadModel { get; }

    public ProtocolLibrary Library { get; }

    /// <summary>The live iceball estimator, not started: its work runs when a test calls <see cref="IceballEstimator.Pump"/>.</summary>
    public IceballEstimator Estimator { get; }

    /// <summary>A bUnit context with these services, loose JS interop and <paramref name="user"/> signed in.</summary>
    public BunitContext Context(Caller user) => Context(user, out _);

    /// <summary>As <see cref="Context(Caller)"/>, with the authorization context to sign the user out later.</summary>
    public BunitContext Context(Caller user, out BunitAuthorizationContext authorization)
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddSingleton<TimeProvider>(Time);
        context.Services.AddSingleton(new CryoWeb.WebUI.Clock.ConsoleTimeZone("Europe/Paris"));
        context.Services.AddSingleton(Hardware);
        context.Services.AddSingleton(Core);
        context.Services.AddSingleton(Store);
        context.Services.AddSingleton(Commands);
        context.Services.AddSingleton(Procedures);
        context.Services.AddSingleton(Alarms);
        context.Services.AddSingleton(ReadModel);
        context.Services.AddSingleton(ReadModel.Description);
        context.Services.AddSingleton<IConsoleSimulator>(new ConsoleSimulator(null));
        context.Services.AddSingleton(Library);
        context.Services.AddSingleton(Estimator);
        context.Services.AddSingleton<IAuditSink>(Audit);
        authorization = context.AddAuthorization();
        SignedIn = TestSessions.SignIn(context, authorization, Sessions, user.User, user.Role.ToString());
        return context;
    }

    /// <summary>Creates and starts a procedure on both probes with no guarded sensor (gas flows only inside one); returns its id.</summary>
    public async Task<Guid> StartProcedureAsync(string label = "Case 1")
    {
        var (created, procedure) = await Procedures.CreateAsync(Operator, new ProcedureSetup(label, "kidney", [1, 2], []));
        Assert.True(created.Accepted, created.Reason);
        var start = Procedures.StartAsync(Operator, procedure!.Id);
        await TickUntil(() => start.IsCompleted);
        Assert.True((await start).Accepted, (await start).Reason);
        return procedure.Id;
    }

    /// <summary>Runs control ticks as the live loop would, on the fake clock.</summary>
    public void Tick(int ticks = 1)
    {
        for (int i = 0; i < ticks; i++)
        {
            Time.Advance(Period);
            Plant.Advance(Period);
            Core.Tick(Time.GetUtcNow());
            if (Core.Frames.TryCopy(Core.Frames.Published, _frame))
            {
                ReadModel.OnFrame(_frame);
            }
        }
    }

    /// <summary>
    /// Ticks until a command submitted by a component has been answered: the answer's continuation runs on the
    /// thread pool after the tick that executes the command, so tick, then yield (as the controller's rigs do).
    /// </summary>
    public async Task TickUntil(Func<bool> done)
    {
        // At most 200 ticks of fake time; after each, up to 50 ms of real time for the continuation, which a loaded
        // machine's thread pool may run late (counting yields instead failed in CI).
        for (int i = 0; i < 200 && !done(); i++)
        {
            Tick();
            var until = DateTime.UtcNow.AddMilliseconds(50);
            while (!done() && DateTime.UtcNow < until)
            {
                await Task.Delay(1);
            }
        }

        Assert.True(done(), "the command was not answered within 200 control ticks");
    }

    public void Dispose()
    {
        Estimator.Dispose();
        Store.Dispose();
        Hardware.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
