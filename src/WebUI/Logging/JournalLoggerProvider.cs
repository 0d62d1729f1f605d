namespace CryoWeb.WebUI.Logging;

/// <summary>The "Journal" logging provider: per-category levels come from <c>Logging:Journal:LogLevel</c> or <c>Logging:LogLevel</c>.</summary>
[ProviderAlias("Journal")]
public sealed class JournalLoggerProvider(JournalSink sink) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new JournalLogger(categoryName, sink);

    public void Dispose() => sink.Dispose();
}
