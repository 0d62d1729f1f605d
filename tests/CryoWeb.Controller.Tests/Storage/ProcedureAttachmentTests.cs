using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Tests.Storage;

/// <summary>Per-procedure JSON attachments (plan, iceball estimate): upserted by kind, committed, read back, removed by retention.</summary>
public sealed class ProcedureAttachmentTests : IDisposable
{
    private const string Key = "attachment-test-key";
    private readonly StoreHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task A_saved_attachment_reads_back_identical_after_the_keyed_database_file_is_reopened()
    {
        var store = _h.OpenUntracked(password: Key);
        var p = store.CreateProcedure("Kidney L", "dr. Ana", "kidney", ["T1"])!;
        var plan = new ProcedureAttachment(p.Id, "plan", """{"probes":[{"x":1.5,"y":-2,"label":"ü"}]}""", _h.Time.GetUtcNow().AddTicks(1_234_567));
        Assert.True(store.SaveAttachment(plan));
        Assert.True(await store.FlushAsync());
        store.Dispose();

        using var reopened = _h.Open(password: Key);
        var read = await reopened.GetAttachmentAsync(p.Id, "plan");

        Assert.NotNull(read);
        Assert.Equal(plan, read);
        Assert.Equal(plan.SavedAt.UtcTicks, read.SavedAt.UtcTicks);
        Assert.Equal(1, await reopened.CountDocumentsAsync("attachments"));
    }

    [Fact]
    public async Task An_attachment_saved_without_a_flush_is_committed_by_dispose_and_survives_the_reopen()
    {
        var store = _h.OpenUntracked();
        var p = StoreHarness.Started(store);
        var estimate = new ProcedureAttachment(p.Id, "iceball-estimate", """{"radiusMm":12.5}""", _h.Time.GetUtcNow());
        Assert.True(store.SaveAttachment(estimate));
        store.Dispose();

        using var reopened = _h.Open();
        Assert.Equal(estimate, await reopened.GetAttachmentAsync(p.Id, "iceball-estimate"));
    }

    [Fact]
    public async Task Saving_the_same_kind_again_replaces_it_and_keeps_one_document()
    {
        using var store = _h.Open();
        var p = StoreHarness.Started(store);
        var t0 = _h.Time.GetUtcNow();
        Assert.True(store.SaveAttachment(new ProcedureAttachment(p.Id, "iceball-estimate", """{"radiusMm":1}""", t0)));
        Assert.True(await store.FlushAsync());
        Assert.True(store.SaveAttachment(new ProcedureAttachment(p.Id, "iceball-estimate", """{"radiusMm":2}""", t0.AddSeconds(1))));
        Assert.True(await store.FlushAsync());

        // Several saves in one commit: only the latest is held and written.
        Assert.True(store.SaveAttachment(new ProcedureAttachment(p.Id, "iceball-estimate", """{"radiusMm":3}""", t0.AddSeconds(2))));
        var latest = new ProcedureAttachment(p.Id, "iceball-estimate", """{"radiusMm":4}""", t0.AddSeconds(3));
        Assert.True(store.SaveAttachment(latest));

        Assert.Equal(latest, await store.GetAttachmentAsync(p.Id, "iceball-estimate"));
        Assert.Equal(1, await store.CountDocumentsAsync("attachments"));
    }

    [Fact]
    public async Task Kinds_and_procedures_are_independent_and_an_unknown_kind_reads_as_null()
    {
        using var store = _h.Open();
        var p = StoreHarness.Started(store);
        var other = StoreHarness.Started(store);
        var t0 = _h.Time.GetUtcNow();
        var plan = new ProcedureAttachment(p.Id, "plan", """{"plan":1}""", t0);
        var estimate = new ProcedureAttachment(p.Id, "iceball-estimate", """{"estimate":1}""", t0.AddSeconds(5));
        var otherPlan = new ProcedureAttachment(other.Id, "plan", """{"plan":2}""", t0.AddSeconds(7));
        Assert.True(store.SaveAttachment(plan));
        Assert.True(store.SaveAttachment(estimate));
        Assert.True(store.SaveAttachment(otherPlan));

        Assert.Equal(plan, await store.GetAttachmentAsync(p.Id, "plan"));
        Assert.Equal(estimate, await store.GetAttachmentAsync(p.Id, "iceball-estimate"));
        Assert.Equal(otherPlan, await store.GetAttachmentAsync(other.Id, "plan"));
        Assert.Null(await store.GetAttachmentAsync(p.Id, "layout"));
        Assert.Null(await store.GetAttachmentAsync(other.Id, "iceball-estimate"));
        Assert.Null(await store.GetAttachmentAsync(Guid.NewGuid(), "plan"));
        Assert.Equal(3, await store.CountDocumentsAsync("attachments"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Plan")]
    [InlineData("plan x")]
    [InlineData("plan/1")]
    [InlineData("plän")]
    [InlineData("plan_1")]
    [InlineData("a23456789-123456789-123456789-12345678901")]
    public async Task A_bad_kind_is_rejected_naming_the_kind_and_nothing_is_stored(string kind)
    {
        using var store = _h.Open();
        var p = StoreHarness.Started(store);

        var error = Assert.Throws<ArgumentException>(() => store.SaveAttachment(new ProcedureAttachment(p.Id, kind, "{}", _h.Time.GetUtcNow())));

        Assert.StartsWith("Kind must be 1-40 characters of a-z, 0-9 and '-'", error.Message, StringComparison.Ordinal);
        Assert.Equal("attachment", error.ParamName);
        Assert.True(await store.FlushAsync());
        Assert.Equal(0, await store.CountDocumentsAsync("attachments"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ProcedureAttachment.MaxJsonLength + 1)]
    public async Task Empty_or_oversized_json_is_rejected_naming_the_json_and_nothing_is_stored(int length)
    {
        using var store = _h.Open();
        var p = StoreHarness.Started(store);

        var error = Assert.Throws<ArgumentException>(() => store.SaveAttachment(new ProcedureAttachment(p.Id, "plan", new string('x', length), _h.Time.GetUtcNow())));

        Assert.StartsWith($"Json must be 1-1000000 characters, not {length}.", error.Message, StringComparison.Ordinal);
        Assert.Equal("attachment", error.ParamName);
        Assert.True(await store.FlushAsync());
        Assert.Equal(0, await store.CountDocumentsAsync("attachments"));
    }

    [Fact]
    public async Task The_largest_allowed_json_in_three_byte_characters_and_a_40_character_kind_are_stored()
    {
        using var store = _h.Open();
        var p = StoreHarness.Started(store);
        var largest = new ProcedureAttachment(p.Id, "a23456789-123456789-123456789-1234567890", new string('€', ProcedureAttachment.MaxJsonLength), _h.Time.GetUtcNow());
        Assert.Equal(ProcedureAttachment.MaxKindLength, largest.Kind.Length);

        Assert.True(store.SaveAttachment(largest));

        Assert.True(await store.FlushAsync());
        Assert.Equal(StorageState.Healthy, store.Health.State);
        Assert.Equal(largest, await store.GetAttachmentAsync(p.Id, largest.Kind));
    }

    [Fact]
    public async Task An_attachment_for_an_unknown_procedure_is_skipped_without_failing_the_store_or_its_commit()
    {
        using var store = _h.Open();
        var p = StoreHarness.Started(store);
        var unknown = Guid.NewGuid();
        var kept = new ProcedureAttachment(p.Id, "plan", "{}", _h.Time.GetUtcNow());
        Assert.True(store.SaveAttachment(new ProcedureAttachment(unknown, "plan", "{}", _h.Time.GetUtcNow())));
        Assert.True(store.SaveAttachment(kept));

        Assert.True(await store.FlushAsync());

        Assert.Equal(StorageState.Healthy, store.Health.State);
        Assert.Null(await store.GetAttachmentAsync(unknown, "plan"));
        Assert.Equal(kept, await store.GetAttachmentAsync(p.Id, "plan"));
        Assert.Equal(1, await store.CountDocumentsAsync("attachments"));
    }

    [Fact]
    public async Task An_attachment_whose_commit_failed_stays_pending_and_is_written_by_the_next_commit()
    {
        using var store = _h.Open();
        var p = StoreHarness.Started(store);
        Assert.True(await store.FlushAsync());
        store.BeforeCommitForTest = () => throw new IOException("No space left on device");
        var plan = new ProcedureAttachment(p.Id, "plan", """{"probes":3}""", _h.Time.GetUtcNow());
        Assert.True(store.SaveAttachment(plan));
        Assert.False(await store.FlushAsync());
        Assert.Equal(StorageState.Failed, store.Health.State);

        store.BeforeCommitForTest = null;
        Assert.True(await store.FlushAsync());

        Assert.Equal(plan, await store.GetAttachmentAsync(p.Id, "plan"));
        Assert.Equal(1, await store.CountDocumentsAsync("attachments"));
    }

    [Fact]
    public async Task Retention_removes_the_attachments_of_removed_procedures_and_keeps_those_of_kept_ones()
    {
        using var store = _h.Open();
        var removed = StoreHarness.Started(store);
        var keptUnreviewed = StoreHarness.Started(store);
        var t0 = _h.Time.GetUtcNow();
        foreach (var id in new[] { removed.Id, keptUnreviewed.Id })
        {
            Assert.True(store.SaveAttachment(new ProcedureAttachment(id, "plan", """{"plan":1}""", t0)));
            Assert.True(store.SaveAttachment(new ProcedureAttachment(id, "iceball-estimate", """{"radiusMm":9}""", t0)));
            Assert.True(store.FinishProcedure(id));
        }

        Assert.True(store.MarkReviewed(removed.Id));
        _h.SkipDays(40);
        var recent = StoreHarness.Started(store);
        var recentPlan = new ProcedureAttachment(recent.Id, "plan", """{"plan":2}""", _h.Time.GetUtcNow());
        Assert.True(store.SaveAttachment(recentPlan));

        var report = await store.ApplyRetentionAsync(TimeSpan.FromDays(30));

        Assert.Equal(new RetentionReport(DeletedProcedures: 1, DeletedChunks: 0, DeletedEvents: 0, DeletedAlarms: 0, DeletedAttachments: 2, KeptUnreviewed: 1), report);
        Assert.Null(await store.GetAttachmentAsync(removed.Id, "plan"));
        Assert.Null(await store.GetAttachmentAsync(removed.Id, "iceball-estimate"));
        Assert.Equal("""{"plan":1}""", (await store.GetAttachmentAsync(keptUnreviewed.Id, "plan"))?.Json);
        Assert.Equal("""{"radiusMm":9}""", (await store.GetAttachmentAsync(keptUnreviewed.Id, "iceball-estimate"))?.Json);
        Assert.Equal(recentPlan, await store.GetAttachmentAsync(recent.Id, "plan"));
        Assert.Equal(3, await store.CountDocumentsAsync("attachments"));

        // Saved after its procedure was removed: skipped, not written as an orphan.
        Assert.True(store.SaveAttachment(new ProcedureAttachment(removed.Id, "plan", "{}", _h.Time.GetUtcNow())));
        Assert.True(await store.FlushAsync());
        Assert.Null(await store.GetAttachmentAsync(removed.Id, "plan"));
        Assert.Equal(3, await store.CountDocumentsAsync("attachments"));
    }
}
