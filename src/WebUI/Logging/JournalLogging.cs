namespace CryoWeb.WebUI.Logging;

/// <summary>
/// Where the console's log goes. Under systemd with journald (the unit's standard output is the journal:
/// <c>JOURNAL_STREAM</c> is set and the journal socket exists) every record goes to journald natively, with
/// structured fields, and nowhere else (no duplicate plain-text copy). Elsewhere, to the console with UTC
/// timestamps. Levels per category come from the <c>Logging</c> configuration section either way.
/// </summary>
public static class JournalLogging
{
    public const string SocketPathKey = "Logging:Journal:SocketPath";

    public static void AddCryoWebLogging(this WebApplicationBuilder builder, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(environment);
        string socketPath = builder.Configuration[SocketPathKey] is { Length: > 0 } configured ? configured : JournalSink.DefaultSocketPath;
        if (UsesJournal(environment, File.Exists(socketPath)))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(new JournalLoggerProvider(new JournalSink(socketPath, "cryoweb", Console.Error)));
            return;
        }

        builder.Logging.AddSimpleConsole(console =>
        {
            console.UseUtcTimestamp = true;
            console.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
        });
    }

    /// <summary>True when standard output is journald's (systemd sets JOURNAL_STREAM) and its socket is there.</summary>
    public static bool UsesJournal(Func<string, string?> environment, bool socketExists)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment("JOURNAL_STREAM") is { Length: > 0 } && socketExists;
    }
}
