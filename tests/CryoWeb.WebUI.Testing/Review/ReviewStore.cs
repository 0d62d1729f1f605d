using Bunit;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Review;
using CryoWeb.WebUI.Tests.Iceball;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

using CryoWeb.WebUI.Accounts;
using CryoWeb.WebUI.Tests.Accounts;

namespace CryoWeb.WebUI.Tests.Review;

/// <summary>A real store in a temporary folder on a fake clock, with procedures recorded the way the console records them.</summary>
internal sealed class ReviewStore : IDisposable
{
    public static readonly DateTimeOffset Day1 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cryoweb-review-" + Guid.NewGuid().ToString("N"));
    private RecordsOverStore? _iceball;

    public ReviewStore()
    {
        Directory.CreateDirectory(_folder);
        Store = new ProcedureStore(Path.Combine(_folder, "review.db"), Time, NullLogger<ProcedureStore>.Instance, new StorageOptions());
        Catalog = new ProcedureCatalog(Store, Time);
    }

    public FakeTimeProvider Time { get; } = new(Day1);

    public ProcedureStore Store { get; }

    public ProcedureCatalog Catalog { get; }

    /// <summary>
    /// Records a procedure starting at <paramref name="start"/>: <paramref name="samples"/> rows at 10 Hz of the given
    /// per-channel values, finished unless <paramref name="finish"/> is false, with <paramref name="alarms"/> raised.
    /// </summary>
    public async Task<ProcedureRecord> RecordAsync(
        string label, string operatorName, string organ, DateTimeOffset start, int samples = 10, bool finish = true, int alarms = 0, Func<int, float[]>? values = null)
    {
        Time.SetUtcNow(start);
        var procedure = Store.CreateProcedure(label, operatorName, organ, ["Probe 1 tip", "TS1 margin"])!;
        Store.StartProcedure(procedure.Id);
        for (int i = 0; i < samples; i++)
        {
            Store.AppendSample(procedure.Id, start.AddMilliseconds(100 * i), values?.Invoke(i) ?? [-i, 30 - i]);
        }

        for (int a = 0; a < alarms; a++)
        {
            Store.RecordAlarm(new StoredAlarmEvent { ProcedureId = procedure.Id, Time = start, Key = null, Priority = null, Action = AlarmAction.Raised, AlarmId = a });
        }

        Time.SetUtcNow(start.AddMilliseconds(100 * samples));
        if (finish)
        {
            Store.FinishProcedure(procedure.Id);
        }

        Assert.True(await Store.FlushAsync());
        return (await Store.GetProcedureAsync(procedure.Id))!;
    }

    /// <summary>
    /// A bUnit context with the review pages' services over this store (catalog, marker, clock, the iceball records)
    /// and loose JS interop; the caller signs someone in and disposes it.
    /// </summary>
    /// <summary>Sessions of the users the review tests sign in (<see cref="SignIn"/>).</summary>
    public SessionRegistry Sessions => _sessions ??= TestSessions.Registry(Time);

    /// <summary>Signs <paramref name="user"/> in to <paramref name="context"/> with an open session.</summary>
    public void SignIn(BunitContext context, string user, string role) =>
        TestSessions.SignIn(context, context.AddAuthorization(), Sessions, user, role);

    public BunitContext Context()
    {
        _iceball ??= new RecordsOverStore(Store, Time);
        var context = new BunitContext();
        context.Services.AddSingleton(Catalog);
        context.Services.AddSingleton(new ReviewMarker(Store, Time));
        context.Services.AddSingleton<TimeProvider>(Time);
        context.Services.AddSingleton(new CryoWeb.WebUI.Clock.ConsoleTimeZone("Europe/Paris"));
        context.Services.AddSingleton(_iceball.Records);
        context.Services.AddSingleton(Sessions);
        context.Services.AddSingleton(new CryoWeb.WebUI.Prerendering.PrerenderHandoff(Time));
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }

    private SessionRegistry? _sessions;

    public void Dispose()
    {
        _iceball?.Dispose();
        Store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
