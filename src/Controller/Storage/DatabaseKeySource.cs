using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// Finds the database key, in order: configuration <c>Storage:Password</c>; else the systemd credential
/// <c>$CREDENTIALS_DIRECTORY/cryoweb-db-key</c> (first line, trimmed; <c>LoadCredential=cryoweb-db-key:/etc/...</c> in
/// the unit, so the key is in no environment variable and no world-readable file); else none, and the database is
/// stored unencrypted with a Warning. A credential file that exists but is empty or unreadable is an error: running
/// unencrypted, or creating a database under a different key, because of a broken deployment is worse than not starting.
/// </summary>
public sealed partial class DatabaseKeySource
{
    public const string ConfigurationKey = "Storage:Password";
    public const string CredentialName = "cryoweb-db-key";
    public const string CredentialsDirectoryVariable = "CREDENTIALS_DIRECTORY";

    private readonly IConfiguration _configuration;
    private readonly Func<string, string?> _environment;
    private readonly ILogger _logger;

    /// <param name="environment">Environment-variable lookup (the process environment in production; a fake in tests).</param>
    public DatabaseKeySource(IConfiguration configuration, Func<string, string?> environment, ILogger logger)
    {
        _configuration = configuration;
        _environment = environment;
        _logger = logger;
    }

    /// <summary>The key to open the database with; logs where it came from, or a Warning when there is none.</summary>
    /// <exception cref="DatabaseKeyException">The credential file exists but is empty or cannot be read.</exception>
    public DatabaseKey Resolve()
    {
        var key = Find();
        if (key.Password is null)
        {
            NotEncrypted(_logger, ConfigurationKey, CredentialName);
        }
        else
        {
            KeyFound(_logger, key.Origin);
        }

        return key;
    }

    private DatabaseKey Find()
    {
        if (_configuration[ConfigurationKey] is { Length: > 0 } configured)
        {
            return new DatabaseKey(configured, $"configuration {ConfigurationKey}");
        }

        if (_environment(CredentialsDirectoryVariable) is not { Length: > 0 } directory)
        {
            return DatabaseKey.None;
        }

        string path = Path.Combine(directory, CredentialName);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return DatabaseKey.None;
        }

        string firstLine;
        try
        {
            using var reader = new StreamReader(path);
            firstLine = reader.ReadLine() ?? string.Empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseKeyException($"The database key credential '{path}' cannot be read ({e.Message}); fix its LoadCredential= source or remove it.", e);
        }

        string password = firstLine.Trim();
        return password.Length > 0
            ? new DatabaseKey(password, $"credential file {path}")
            : throw new DatabaseKeyException($"The database key credential '{path}' is empty; put the key on its first line or remove the credential.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The recording database is NOT encrypted at rest: set {ConfigurationKey} or provide the systemd credential {CredentialName} (LoadCredential=)")]
    private static partial void NotEncrypted(ILogger logger, string configurationKey, string credentialName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recording database encrypted at rest with the key from {Origin}")]
    private static partial void KeyFound(ILogger logger, string origin);
}
