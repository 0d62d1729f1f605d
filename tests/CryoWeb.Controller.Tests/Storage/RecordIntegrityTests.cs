using System.Buffers.Binary;
using CryoWeb.Controller.Storage;
using LiteDB;

namespace CryoWeb.Controller.Tests.Storage;

/// <summary>
/// Issue 13, record integrity: every document carries a checksum verified on read. A flipped bit in a stored chunk
/// reads as a gap marked damaged (never as a temperature) and marks storage Failed naming the chunk; documents written
/// before checksums read as unverified, not verified. All on copies of a real database file.
/// </summary>
public sealed class RecordIntegrityTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private readonly StoreHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task A_flipped_bit_in_a_sample_chunk_page_reads_as_a_damaged_gap_not_as_a_temperature()
    {
        var id = await RecordTwoChunksAsync();
        _h.CopyFiles("cryo.db", "copy.db");

        // Row 150 (second chunk) of the copy: flip one bit of channel 3's high byte (a change of 163.84 C).
        var bytes = await File.ReadAllBytesAsync(_h.PathOf("copy.db"));
        var at = IndexOfRow(bytes, 150);
        bytes[at + (3 * sizeof(short)) + 1] ^= 0x40;
        await File.WriteAllBytesAsync(_h.PathOf("copy.db"), bytes);

        var store = _h.Open("copy.db");
        var rows = await store.ReadSamplesAsync(id, T0, T0.AddSeconds(30));

        // Every value shown is one that was recorded: the flipped bit never became a temperature.
        foreach (var row in rows.Where(r => r.ChannelCelsius.Any(v => !float.IsNaN(v))))
        {
            var n = (int)Math.Round((row.Time - T0).TotalMilliseconds / 100);
            Assert.Equal(Enumerable.Range(0, 16).Select(c => StoreHarness.Value(n, c)), row.ChannelCelsius);
        }

        // The first chunk is intact; the damaged one is one marker row at its start, every value NaN.
        StoreHarness.AssertSamples(rows.Take(100).ToList(), T0, 0, 100);
        var marker = Assert.Single(rows.Skip(100));
        Assert.Equal(RecordIntegrity.Damaged, marker.Integrity);
        Assert.Equal(T0.AddSeconds(10), marker.Time);
        Assert.Equal(16, marker.ChannelCelsius.Count);
        Assert.All(marker.ChannelCelsius, v => Assert.True(float.IsNaN(v)));
        Assert.All(rows.Take(100), r => Assert.Equal(RecordIntegrity.Verified, r.Integrity));

        // Storage says it is unhealthy and where, and stays so after the next successful commit.
        Assert.Equal(StorageState.Failed, store.Health.State);
        Assert.Contains(id.ToString("N"), store.Health.Reason, StringComparison.Ordinal);
        Assert.Contains("checksum", store.Health.Reason, StringComparison.Ordinal);
        Assert.True(await store.FlushAsync());
        Assert.Equal(StorageState.Failed, store.Health.State);
    }

    [Fact]
    public async Task Documents_written_before_checksums_read_as_unverified_with_their_values()
    {
        var id = await RecordTwoChunksAsync();
        using (var db = new LiteDatabase(new ConnectionString { Filename = _h.PathOf("cryo.db"), Connection = ConnectionType.Direct }))
        {
            var chunks = db.GetCollection(StoreCollections.Chunks);
            foreach (var chunk in chunks.FindAll().ToList())
            {
                chunk.Remove(DocumentSeal.Field);
                chunks.Update(chunk);
            }
        }

        var store = _h.Open();
        var rows = await store.ReadSamplesAsync(id, T0, T0.AddSeconds(30));

        StoreHarness.AssertSamples(rows, T0, 0, 200);
        Assert.All(rows, r => Assert.Equal(RecordIntegrity.Unverified, r.Integrity));
        Assert.Equal(StorageState.Healthy, store.Health.State);
    }

    [Fact]
    public async Task A_damaged_user_record_is_refused_by_name_and_marks_storage_failed()
    {
        var store = _h.OpenUntracked();
        Assert.True(store.SaveUser(new UserRecord { UserName = "ana", DisplayName = "Ana", Role = "Operator", PasswordHash = "hash-1" }));
        Assert.True(store.SaveUser(new UserRecord { UserName = "ben", DisplayName = "Ben", Role = "Operator", PasswordHash = "hash-2" }));
        Assert.True(await store.FlushAsync());
        store.Dispose();
        using (var db = new LiteDatabase(new ConnectionString { Filename = _h.PathOf("cryo.db"), Connection = ConnectionType.Direct }))
        {
            var users = db.GetCollection(StoreCollections.Users);
            var ana = users.FindById("ana");
            ana["Role"] = "Admin";
            users.Update(ana);
        }

        var reopened = _h.Open();
        await reopened.Opened.WaitAsync(StoreHarness.Guard);
        var error = await Assert.ThrowsAsync<StoredRecordDamagedException>(() => reopened.GetUserAsync("ana"));
        Assert.Contains("'ana' in users", error.Message, StringComparison.Ordinal);
        Assert.Equal("hash-2", (await reopened.GetUserAsync("ben"))!.PasswordHash);
        Assert.Equal(StorageState.Failed, reopened.Health.State);
        Assert.Contains("'ana' in users", reopened.Health.Reason, StringComparison.Ordinal);
    }

    /// <summary>200 samples of 16 channels at 10 Hz: two 10-s chunks, checkpointed into the data file.</summary>
    private async Task<Guid> RecordTwoChunksAsync()
    {
        var store = _h.OpenUntracked();
        var procedure = StoreHarness.Started(store);
        StoreHarness.AppendSamples(store, procedure.Id, T0, 200);
        Assert.True(store.FinishProcedure(procedure.Id));
        Assert.True(await store.FlushAsync());
        store.Dispose();
        Assert.Equal(0, new FileInfo(StoreHarness.LogFile(_h.PathOf("cryo.db"))) is { Exists: true } log ? log.Length : 0);
        return procedure.Id;
    }

    /// <summary>Where the 16 int16 values of sample <paramref name="n"/> are in the file (exactly one place).</summary>
    private static int IndexOfRow(byte[] file, int n)
    {
        var pattern = new byte[16 * sizeof(short)];
        for (var c = 0; c < 16; c++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(pattern.AsSpan(c * sizeof(short)), SampleScaling.ToRaw(StoreHarness.Value(n, c)));
        }

        var at = file.AsSpan().IndexOf(pattern);
        Assert.True(at >= 0, "the row was not found in the file");
        Assert.Equal(-1, file.AsSpan(at + 1).IndexOf(pattern));
        return at;
    }
}
