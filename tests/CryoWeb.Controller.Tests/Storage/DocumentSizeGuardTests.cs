using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Tests.Storage;

/// <summary>
/// Issue 13 ("20 MB protocol name"): nothing a user sends can make a stored document exceed LiteDB's limit. An
/// oversized record is cut (texts, with a note) or refused before the commit; the writer is never wedged and the
/// records around it are all stored.
/// </summary>
public sealed class DocumentSizeGuardTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private readonly StoreHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task A_20_MB_protocol_name_is_cut_with_a_note_and_the_procedure_keeps_its_samples_and_finish()
    {
        var store = _h.Open();
        var procedure = StoreHarness.Started(store);
        StoreHarness.AppendSamples(store, procedure.Id, T0, 100);
        var huge = new string('x', 20_000_000);
        Assert.True(store.RecordEvent(new AuditEvent { ProcedureId = procedure.Id, Time = T0.AddSeconds(5), User = "olivia", ClientAddress = "127.0.0.1", Command = "StartProtocol", Parameters = huge, Outcome = "Accepted" }));
        StoreHarness.AppendSamples(store, procedure.Id, T0, 100, firstIndex: 100);
        Assert.True(store.FinishProcedure(procedure.Id));

        Assert.True(await store.FlushAsync());
        Assert.Equal(StorageState.Healthy, store.Health.State);
        var stored = Assert.Single(await store.ReadEventsAsync(procedure.Id));
        Assert.Equal(DocumentSizeGuard.KeptTextLength, stored.Parameters.IndexOf(" [cut by storage: 20000000 characters", StringComparison.Ordinal));
        StoreHarness.AssertSamples(await store.ReadSamplesAsync(procedure.Id, T0, T0.AddSeconds(30)), T0, 0, 200);
        Assert.Equal(ProcedureState.Finished, (await store.GetProcedureAsync(procedure.Id))!.State);
    }

    [Fact]
    public async Task A_user_name_too_long_to_index_is_refused_and_the_next_user_is_stored()
    {
        var store = _h.Open();
        Assert.True(store.SaveUser(new UserRecord { UserName = new string('u', 100_000), DisplayName = "U", Role = "Operator", PasswordHash = "h" }));
        Assert.True(store.SaveUser(new UserRecord { UserName = "ana", DisplayName = "Ana", Role = "Operator", PasswordHash = "h" }));

        Assert.True(await store.FlushAsync());
        Assert.Equal(StorageState.Healthy, store.Health.State);
        Assert.Equal(["ana"], (await store.ListUsersAsync()).Select(u => u.UserName));
    }
}
