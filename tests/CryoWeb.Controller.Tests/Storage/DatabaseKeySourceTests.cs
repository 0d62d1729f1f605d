using CryoWeb.Controller.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Tests.Storage;

/// <summary>Where the database key comes from, and that a broken credential stops start-up (a temp dir plays $CREDENTIALS_DIRECTORY).</summary>
public sealed class DatabaseKeySourceTests : IDisposable
{
    private readonly string _credentials = Path.Combine(Path.GetTempPath(), "cryoweb-credentials-" + Guid.NewGuid().ToString("N"));
    private readonly CapturingLogger _logger = new();

    public DatabaseKeySourceTests() => Directory.CreateDirectory(_credentials);

    public void Dispose() => Directory.Delete(_credentials, recursive: true);

    private string CredentialPath => Path.Combine(_credentials, DatabaseKeySource.CredentialName);

    private DatabaseKey Resolve(string? configured = null, bool underSystemd = true)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseKeySource.ConfigurationKey] = configured })
            .Build();
        string? Environment(string name) => underSystemd && name == DatabaseKeySource.CredentialsDirectoryVariable ? _credentials : null;
        return new DatabaseKeySource(configuration, Environment, _logger).Resolve();
    }

    [Fact]
    public void Configuration_comes_first_even_when_a_credential_file_exists()
    {
        File.WriteAllText(CredentialPath, "from-credential\n");
        var key = Resolve(configured: "from-config");
        Assert.Equal("from-config", key.Password);
        Assert.DoesNotContain(_logger.Entries, e => e.Message.Contains("from-config", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_configuration_the_credential_files_first_line_trimmed_is_the_key()
    {
        File.WriteAllText(CredentialPath, "  k3y with spaces inside \t\nsecond line ignored\n");
        var key = Resolve();
        Assert.Equal("k3y with spaces inside", key.Password);
        Assert.Contains(CredentialPath, key.Origin, StringComparison.Ordinal);
        Assert.DoesNotContain(_logger.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public void With_neither_the_database_is_unencrypted_and_a_warning_says_so()
    {
        Assert.Null(Resolve().Password);
        Assert.Null(Resolve(underSystemd: false).Password);
        Assert.Equal(2, _logger.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("NOT encrypted at rest", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n")]
    [InlineData("\nkey on the second line\n")]
    public void An_empty_credential_file_stops_start_up_naming_it(string content)
    {
        File.WriteAllText(CredentialPath, content);
        var error = Assert.Throws<DatabaseKeyException>(() => Resolve());
        Assert.Contains(CredentialPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_credential_stops_start_up_naming_it()
    {
        // A directory where the file should be cannot be read whoever runs the test (root ignores file modes).
        Directory.CreateDirectory(CredentialPath);
        var error = Assert.Throws<DatabaseKeyException>(() => Resolve());
        Assert.Contains(CredentialPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
    }
}
