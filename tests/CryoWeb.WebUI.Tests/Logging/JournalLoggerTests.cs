using CryoWeb.WebUI.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CryoWeb.WebUI.Tests.Logging;

/// <summary>Records reach journald natively, with a field per template property, at the levels configured per category.</summary>
public sealed class JournalLoggerTests : IDisposable
{
    private readonly JournalReceiver _journal = new();
    private readonly StringWriter _fallback = new();

    public void Dispose()
    {
        _journal.Dispose();
        _fallback.Dispose();
    }

    private ILoggerFactory Factory(Dictionary<string, string?> levels)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(levels).Build();
        return LoggerFactory.Create(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddProvider(new JournalLoggerProvider(new JournalSink(_journal.SocketPath, "cryoweb", _fallback))));
    }

    [Fact]
    public void A_record_carries_priority_message_category_and_one_field_per_property()
    {
        using var factory = Factory(new() { ["Logging:LogLevel:Default"] = "Information" });
        var logger = factory.CreateLogger("CryoWeb.Controller.Alarms.AlarmManager");

#pragma warning disable CA1848, CA2254 // The plain extension method on purpose: its state carries the template and properties.
        logger.Log(LogLevel.Warning, new EventId(17, "ProbeNotCooling"), "Probe {Probe} tip at {TipCelsius} C after {Seconds} s", 2, -41.5, 30);
#pragma warning restore CA1848, CA2254

        var fields = _journal.Next();
        Assert.Equal("4", fields["PRIORITY"]);
        Assert.Equal("cryoweb", fields["SYSLOG_IDENTIFIER"]);
        Assert.Equal("Probe 2 tip at -41.5 C after 30 s", fields["MESSAGE"]);
        Assert.Equal("CryoWeb.Controller.Alarms.AlarmManager", fields["CRYOWEB_CATEGORY"]);
        Assert.Equal("17", fields["CRYOWEB_EVENT_ID"]);
        Assert.Equal("ProbeNotCooling", fields["CRYOWEB_EVENT_NAME"]);
        Assert.Equal("Probe {Probe} tip at {TipCelsius} C after {Seconds} s", fields["CRYOWEB_TEMPLATE"]);
        Assert.Equal("2", fields["CRYOWEB_PROBE"]);
        Assert.Equal("-41.5", fields["CRYOWEB_TIP_CELSIUS"]);
        Assert.Equal("30", fields["CRYOWEB_SECONDS"]);
        Assert.Empty(_fallback.ToString());
    }

    [Fact]
    public void An_exception_goes_whole_into_a_multi_line_field_and_its_summary_into_the_message()
    {
        using var factory = Factory(new() { ["Logging:LogLevel:Default"] = "Information" });
        var logger = factory.CreateLogger("CryoWeb.Controller.Storage.ProcedureStore");
        InvalidOperationException thrown;
        try
        {
            throw new InvalidOperationException("disk full");
        }
        catch (InvalidOperationException e)
        {
            thrown = e;
        }

#pragma warning disable CA1848, CA2254
        logger.LogCritical(thrown, "Commit failed");
#pragma warning restore CA1848, CA2254

        var fields = _journal.Next();
        Assert.Equal("2", fields["PRIORITY"]);
        Assert.Equal("Commit failed (InvalidOperationException: disk full)", fields["MESSAGE"]);
        Assert.Equal(thrown.ToString(), fields["CRYOWEB_EXCEPTION"]);
        Assert.Contains('\n', fields["CRYOWEB_EXCEPTION"]);
    }

    [Fact]
    public void Levels_come_from_the_journal_providers_configuration_per_category()
    {
        using var factory = Factory(new()
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:Journal:LogLevel:Default"] = "Warning",
            ["Logging:Journal:LogLevel:CryoWeb.Controller"] = "Debug",
        });
        var web = factory.CreateLogger("Microsoft.AspNetCore.Routing");
        var controller = factory.CreateLogger("CryoWeb.Controller.ControlThread.ControlLoop");

#pragma warning disable CA1848, CA2254
        web.LogInformation("dropped: below Warning for this category");
        controller.LogDebug("kept: Debug for CryoWeb.Controller");
        web.LogWarning("kept: a warning");
#pragma warning restore CA1848, CA2254

        Assert.Equal("kept: Debug for CryoWeb.Controller", _journal.Next()["MESSAGE"]);
        Assert.Equal("kept: a warning", _journal.Next()["MESSAGE"]);
    }

    [Fact]
    public void Without_a_journal_the_record_goes_to_standard_error_instead_of_being_lost()
    {
        using var sink = new JournalSink(Path.Combine(Path.GetTempPath(), "no-journal-" + Guid.NewGuid().ToString("N")), "cryoweb", _fallback);
        using var provider = new JournalLoggerProvider(sink);

#pragma warning disable CA1848, CA2254
        provider.CreateLogger("CryoWeb").LogError("Valve bank fault on probe {Probe}", 3);
#pragma warning restore CA1848, CA2254

        Assert.Equal(1, sink.FellBack);
        Assert.Contains("Valve bank fault on probe 3", _fallback.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TipCelsius", "CRYOWEB_TIP_CELSIUS")]
    [InlineData("probe", "CRYOWEB_PROBE")]
    [InlineData("Probe2Mode", "CRYOWEB_PROBE2_MODE")]
    [InlineData("user.name", "CRYOWEB_USER_NAME")]
    public void Property_names_become_valid_journal_field_names(string property, string field) =>
        Assert.Equal(field, JournalEntry.FieldName("CRYOWEB_", property));

    [Theory]
    [InlineData("8:12345", true, true)]
    [InlineData(null, true, false)]
    [InlineData("8:12345", false, false)]
    public void The_journal_is_used_only_under_systemd_with_its_socket_present(string? journalStream, bool socketExists, bool expected) =>
        Assert.Equal(expected, JournalLogging.UsesJournal(name => name == "JOURNAL_STREAM" ? journalStream : null, socketExists));
}
