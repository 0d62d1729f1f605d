using CryoWeb.Controller.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryoWeb.Controller.Tests.Storage;

/// <summary>
/// Issue 13: a database that is missing, empty or unreadable where one existed stops start-up with a message naming
/// what was found, instead of starting afresh (all records and users gone) or repeating LiteDB's misleading words.
/// All on copies of a real database file.
/// </summary>
public sealed class StorageStartupTests : IDisposable
{
    private const string Key = "the-right-key";
    private readonly StoreHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task The_first_open_leaves_a_marker_and_a_missing_database_then_stops_start_up()
    {
        await CreateAsync("cryo.db", Key);
        Assert.True(DatabaseMarker.Exists(_h.PathOf("cryo.db")));
        File.Delete(_h.PathOf("cryo.db"));

        var error = Assert.Throws<StorageStartupException>(() => Open("cryo.db", Key));

        Assert.Contains("is missing, but one existed there", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_h.PathOf("cryo.db")), "no new empty database was created");
    }

    [Fact]
    public async Task A_zero_length_database_with_its_marker_stops_start_up_instead_of_opening_empty()
    {
        await CreateAsync("cryo.db", Key);
        await File.WriteAllBytesAsync(_h.PathOf("cryo.db"), []);

        var error = Assert.Throws<StorageStartupException>(() => Open("cryo.db", Key));

        Assert.Contains("is empty (0 bytes)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(_h.PathOf("cryo.db")).Length);
    }

    [Fact]
    public async Task Random_bytes_are_named_as_not_a_database_not_as_a_file_that_is_not_encrypted()
    {
        await CreateAsync("cryo.db", Key);
        var random = new byte[64 * 1024];
        new Random(13).NextBytes(random);
        random[0] = 0x42;
        await File.WriteAllBytesAsync(_h.PathOf("cryo.db"), random);

        var error = Assert.Throws<StorageStartupException>(() => Open("cryo.db", Key));

        Assert.Contains("is not a CryoWeb database", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("is NOT encrypted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_is_named_as_a_wrong_key()
    {
        await CreateAsync("cryo.db", Key);

        var error = Assert.Throws<StorageStartupException>(() => Open("cryo.db", "another-key"));

        Assert.Contains("does not open with the configured key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_key_check_is_named_as_a_damaged_header_not_as_an_invalid_password()
    {
        await CreateAsync("cryo.db", Key);
        var bytes = await File.ReadAllBytesAsync(_h.PathOf("cryo.db"));
        bytes[40] ^= 0x01;
        await File.WriteAllBytesAsync(_h.PathOf("cryo.db"), bytes);

        var error = Assert.Throws<StorageStartupException>(() => Open("cryo.db", Key));

        Assert.Contains("has a damaged encryption header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unencrypted_file_where_a_key_is_configured_is_named_as_such()
    {
        await CreateAsync("cryo.db", password: null);

        var error = Assert.Throws<StorageStartupException>(() => Open("cryo.db", Key));

        Assert.Contains("is NOT encrypted, but a database key is configured", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_installation_creates_its_database_and_marker()
    {
        using var store = Open("new.db", Key);

        Assert.True(store.Opened.IsCompletedSuccessfully);
        Assert.True(DatabaseMarker.Exists(_h.PathOf("new.db")));
    }

    private ProcedureStore Open(string file, string? password) =>
        StorageStartup.Open(_h.PathOf(file), password, _h.Time, NullLogger<ProcedureStore>.Instance, _h.Options, StoreHarness.Guard);

    private async Task CreateAsync(string file, string? password)
    {
        var store = Open(file, password);
        Assert.NotNull(store.CreateProcedure("Kidney L", "dr. Ana", "kidney", ["T1"]));
        Assert.True(await store.FlushAsync());
        store.Dispose();
    }
}
