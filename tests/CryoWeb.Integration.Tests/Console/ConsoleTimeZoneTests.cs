using Bunit;
using CryoWeb.WebUI.Clock;
using CryoWeb.WebUI.Components.Console;
using CryoWeb.WebUI.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.WebUI.Tests.Console;

/// <summary>One time zone, the console's, and one 24-hour clock format, whatever the server's or the browser's zone.</summary>
public sealed class ConsoleTimeZoneTests
{
    private static readonly ConsoleTimeZone Paris = new("Europe/Paris");

    [Theory]
    [InlineData("2026-01-15T13:03:07Z", "14:03:07", "UTC+01:00")] // CET
    [InlineData("2026-07-15T12:03:07Z", "14:03:07", "UTC+02:00")] // CEST
    [InlineData("2026-03-29T00:59:59Z", "01:59:59", "UTC+01:00")] // the last second before the spring change
    [InlineData("2026-03-29T01:00:00Z", "03:00:00", "UTC+02:00")]
    public void Paris_time_in_winter_and_summer_is_24_hour_with_the_offset_in_force(string utc, string clock, string offset)
    {
        var time = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(clock, Paris.Clock(time));
        Assert.Equal(offset, Paris.Offset(time));
        Assert.Equal($"Times in Europe/Paris ({offset})", Paris.Caption(time));
    }

    [Fact]
    public void Dates_are_in_the_consoles_zone_and_a_missing_one_is_a_dash()
    {
        Assert.Equal("2026-11-25 23:30", Paris.Date(new DateTimeOffset(2026, 11, 25, 22, 30, 0, TimeSpan.Zero)));
        Assert.Equal("—", Paris.Date(null));
        Assert.Equal("UTC-05:00", new ConsoleTimeZone("America/New_York").Offset(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_day_starts_at_midnight_on_the_consoles_clock()
    {
        Assert.Equal(new DateTimeOffset(2026, 1, 14, 23, 0, 0, TimeSpan.Zero), Paris.StartOfDay(new DateOnly(2026, 1, 15)).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 7, 14, 22, 0, 0, TimeSpan.Zero), Paris.StartOfDay(new DateOnly(2026, 7, 15)).ToUniversalTime());
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("Romance Standard Time")] // a Windows id: the setting is an IANA id
    [InlineData("")]
    public void An_unknown_zone_stops_start_up_naming_the_key(string zone)
    {
        string folder = Directory.CreateTempSubdirectory("cryoweb-zone-").FullName;
        try
        {
            using var app = ConsoleHost.Build(["--urls", "http://127.0.0.1:0", "--Storage:DatabasePath", Path.Combine(folder, "cryoweb.db"), "--Console:TimeZone", zone]);

            var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<ConsoleTimeZoneOptions>>().Value);
            Assert.Contains("Console:TimeZone", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_default_zone_is_Europe_Paris()
    {
        string folder = Directory.CreateTempSubdirectory("cryoweb-zone-").FullName;
        try
        {
            using var app = ConsoleHost.Build(["--urls", "http://127.0.0.1:0", "--Storage:DatabasePath", Path.Combine(folder, "cryoweb.db")]);

            Assert.Equal("Europe/Paris", app.Services.GetRequiredService<ConsoleTimeZone>().IanaId);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_alarm_bar_shows_when_an_alarm_was_raised_on_the_consoles_clock()
    {
        using var rig = new ConsoleRig(); // fake clock: 2026-11-25 08:00 UTC, 09:00 in Paris
        await using var context = rig.Context(ConsoleRig.Operator);
        rig.Alarms.Update(AlarmKey.Console(AlarmCondition.EmergencyStop), true);

        var bar = context.Render<AlarmBar>(p => p.Add(b => b.Snapshot, rig.Alarms.Snapshot()).Add(b => b.Caller, ConsoleRig.Operator));

        var time = bar.Find("li.alarm .alarm-time");
        Assert.Equal(Paris.Clock(rig.Time.GetUtcNow()), time.TextContent);
        Assert.StartsWith("09:00:", time.TextContent, StringComparison.Ordinal);
        Assert.Equal("Times in Europe/Paris (UTC+01:00)", time.GetAttribute("title"));
    }

    [Fact]
    public async Task The_live_procedure_clock_says_when_it_started_and_in_which_zone()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var started = new DateTimeOffset(2026, 7, 1, 12, 3, 7, TimeSpan.Zero);

        var clock = context.Render<ProcedureClock>(p => p.Add(c => c.StartedAt, started).Add(c => c.Now, started.AddMinutes(12)).Add(c => c.ShowStart, true));

        Assert.Equal("0:12:00", clock.Find("[data-testid=procedure-clock]").TextContent);
        Assert.Equal("since 14:03:07 Times in Europe/Paris (UTC+02:00)", clock.Find("[data-testid=procedure-start]").TextContent);
    }
}
