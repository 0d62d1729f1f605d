using System.Text;
using CryoWeb.Controller.Storage;
using LiteDB;
using Microsoft.Extensions.Configuration;

namespace CryoWeb.Controller.Tests.Storage;

/// <summary>A database opened with the key from the systemd credential is unreadable without it, on disk and through LiteDB.</summary>
public sealed class EncryptedAtRestTests : IDisposable
{
    private readonly StoreHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task A_database_keyed_from_the_credential_hides_its_labels_and_cannot_be_opened_without_the_key()
    {
        const string Label = "PATIENT-DOE-8842";
        string credentials = Directory.CreateDirectory(_h.PathOf("credentials")).FullName;
        await File.WriteAllTextAsync(Path.Combine(credentials, DatabaseKeySource.CredentialName), "credential-key-1\n");
        var key = new DatabaseKeySource(new ConfigurationBuilder().Build(), name => name == DatabaseKeySource.CredentialsDirectoryVariable ? credentials : null, new CapturingLogger()).Resolve();
        Assert.NotNull(key.Password);

        var store = _h.OpenUntracked(password: key.Password);
        Assert.NotNull(store.CreateProcedure(Label, "dr. Ana", "kidney", ["T1"]));
        Assert.True(await store.FlushAsync());
        store.Dispose();

        string file = _h.PathOf("cryo.db");
        Assert.DoesNotContain(Label, Encoding.ASCII.GetString(await File.ReadAllBytesAsync(file)), StringComparison.Ordinal);
        Assert.ThrowsAny<LiteException>(() => new LiteDatabase(new ConnectionString { Filename = file, Connection = ConnectionType.Direct }).Dispose());
        using var keyed = new LiteDatabase(new ConnectionString { Filename = file, Connection = ConnectionType.Direct, Password = key.Password });
        Assert.NotEmpty(keyed.GetCollectionNames());
    }
}
