namespace CryoWeb.WebUI.Logging;

/// <summary>
/// Writes each record to journald with structured fields: PRIORITY, SYSLOG_IDENTIFIER, MESSAGE, CRYOWEB_CATEGORY,
/// CRYOWEB_EVENT_ID, CRYOWEB_EVENT_NAME, CRYOWEB_TEMPLATE, one CRYOWEB_* field per message-template property
/// (<c>{Probe}</c> becomes CRYOWEB_PROBE) and CRYOWEB_EXCEPTION. journald stamps the record itself (UTC, microseconds).
/// </summary>
internal sealed class JournalLogger(string category, JournalSink sink) : ILogger
{
    public const string Prefix = "CRYOWEB_";

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!IsEnabled(logLevel))
        {
            return;
        }

        string message = formatter(state, exception);
        var entry = new JournalEntry();
        entry.Add("PRIORITY", Priority(logLevel).ToString(System.Globalization.CultureInfo.InvariantCulture));
        entry.Add("SYSLOG_IDENTIFIER", sink.Identifier);
        entry.Add("MESSAGE", exception is null ? message : $"{message} ({exception.GetType().Name}: {exception.Message})");
        entry.Add(Prefix + "CATEGORY", category);
        if (eventId.Id != 0)
        {
            entry.Add(Prefix + "EVENT_ID", eventId.Id);
        }

        entry.Add(Prefix + "EVENT_NAME", eventId.Name);
        if (state is IReadOnlyList<KeyValuePair<string, object?>> properties)
        {
            foreach (var (key, value) in properties)
            {
                entry.Add(key == "{OriginalFormat}" ? Prefix + "TEMPLATE" : JournalEntry.FieldName(Prefix, key), value);
            }
        }

        entry.Add(Prefix + "EXCEPTION", exception?.ToString());
        sink.Send(entry, message);
    }

    /// <summary>syslog priorities: debug 7, info 6, warning 4, err 3, crit 2.</summary>
    internal static int Priority(LogLevel level) => level switch
    {
        LogLevel.Trace or LogLevel.Debug => 7,
        LogLevel.Information => 6,
        LogLevel.Warning => 4,
        LogLevel.Error => 3,
        _ => 2,
    };
}
