using CryoWeb.Controller.Procedures;
using CryoWeb.WebUI.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CryoWeb.WebUI.Tests.Hosting;

/// <summary>
/// Every section the console reads refuses an unknown key and an unreadable value, naming the key, and the console
/// does not start (the in-process half of the start-up tests; the exit code and stderr are in ConsoleStorageStartupTests).
/// </summary>
public sealed class ConsoleSettingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "cryoweb-settings-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("Controller:SupplyMaxPsii", "6200", "Controller:SupplyMaxPsii: not a setting of the console (misspelt?); known here: TickPeriod, DutyWindow, ")]
    [InlineData("Storage:RetentionDay", "30", "Storage:RetentionDay: not a setting of the console (misspelt?); known here: DatabasePath, Password, RetentionDays, ")]
    [InlineData("Accounts:SessionMinute", "30", "Accounts:SessionMinute: not a setting of the console (misspelt?); known here: LockoutAttempts, LockoutMinutes, SessionMinutes.")]
    [InlineData("Metrics:ScrapeTokn", "x", "Metrics:ScrapeTokn: not a setting of the console (misspelt?); known here: ScrapeToken, AllowedNetworks.")]
    [InlineData("Console:TimeZon", "UTC", "Console:TimeZon: not a setting of the console (misspelt?); known here: TimeZone.")]
    [InlineData("ConnectionOrigins:Alowed:0", "https://or3.example", "ConnectionOrigins:Alowed: not a setting of the console (misspelt?); known here: Allowed.")]
    [InlineData("Review:StalledWriteSecond", "30", "Review:StalledWriteSecond: not a setting of the console (misspelt?); known here: StalledWriteSeconds.")]
    [InlineData("Https:HstsMaxAge", "30", "Https:HstsMaxAge: not a setting of the console (misspelt?); known here: HstsMaxAgeDays.")]
    [InlineData("Hardware:Modee", "Simulator", "Hardware:Modee: not a setting of the console (misspelt?); known here: Mode, ")]
    [InlineData("Controller:TickPeriod", "100ms", "Controller:TickPeriod: '100ms' is not a duration as [d.]hh:mm:ss[.fff], such as 00:00:30 for 30 s.")]
    [InlineData("Hardware:Mode", "Phyiscal", "Hardware:Mode: 'Phyiscal' is not one of Simulator, Physical.")]
    [InlineData("Accounts:SessionMinutes", "half an hour", "Accounts:SessionMinutes: 'half an hour' is not a whole number (digits only, such as 30).")]
    public async Task A_misspelt_key_or_an_unreadable_value_in_any_section_stops_start_up_naming_it(string key, string value, string expected)
    {
        var failures = await StartFailuresAsync($"--{key}", value);

        Assert.StartsWith(expected, Assert.Single(failures), StringComparison.Ordinal);
    }

    /// <summary>
    /// A guard for the next section: every class of the console that declares a configuration <c>SectionName</c> has
    /// that section checked, so a feature added with plain <c>Bind</c> or <c>BindConfiguration</c> fails here.
    /// </summary>
    [Fact]
    public async Task Every_section_the_console_declares_refuses_an_unknown_key()
    {
        var sections = ((string[])["CryoWeb.Hardware", "CryoWeb.Controller", "CryoWeb.WebUI"])
            .SelectMany(name => System.Reflection.Assembly.Load(name).GetTypes())
            .Select(t => t.GetField("SectionName", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f!.GetRawConstantValue()!)
            .Distinct()
            .ToList();
        Assert.Superset(new HashSet<string>(["Hardware", "Controller", "Storage", "Accounts", "Console", "Metrics", "ConnectionOrigins", "Review", "Https"]), sections.ToHashSet());

        var notChecked = new List<string>();
        foreach (string section in sections)
        {
            var failures = await StartFailuresAsync($"--{section}:NotASetting", "1");
            if (!failures.Any(f => f.StartsWith($"{section}:NotASetting: not a setting of the console", StringComparison.Ordinal)))
            {
                notChecked.Add(section);
            }
        }

        Assert.Empty(notChecked);
    }

    [Theory]
    [InlineData("3O", "Storage:RetentionDays: '3O' is not a whole number (digits only, such as 30).")]
    [InlineData("30 days", "Storage:RetentionDays: '30 days' is not a whole number (digits only, such as 30).")]
    [InlineData("-1", "Storage:RetentionDays: -1 must be 0 (keep everything) to 36500 days.")]
    [InlineData("365000", "Storage:RetentionDays: 365000 must be 0 (keep everything) to 36500 days.")]
    public async Task A_retention_typo_stops_start_up_instead_of_turning_retention_off(string value, string expected)
    {
        Assert.Equal([expected], await StartFailuresAsync("--Storage:RetentionDays", value));
    }

    [Fact]
    public async Task Every_wrong_section_is_named_at_once()
    {
        var failures = await StartFailuresAsync("--Controller:SupplyMaxPsii", "6200", "--Storage:RetentionDays", "3O", "--Controller:StickPowerPercent", "80");

        Assert.Contains(failures, f => f.StartsWith("Controller:SupplyMaxPsii: not a setting", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Storage:RetentionDays: '3O'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Started_as_the_program_starts_it_a_bad_setting_exits_3_with_every_key_on_stderr()
    {
        using var error = new StringWriter();

        int code = await ConsoleStart.RunAsync([.. Args(), "--Console:TimeZon", "UTC", "--Review:StalledWriteSeconds", "0"], error);

        Assert.Equal(ConsoleStart.ConfigurationExitCode, code);
        string text = error.ToString();
        Assert.StartsWith("CryoWeb cannot start: the configuration is invalid.", text, StringComparison.Ordinal);
        Assert.Contains("  Console:TimeZon: not a setting of the console (misspelt?); known here: TimeZone.", text, StringComparison.Ordinal);
        Assert.Contains("  Review:StalledWriteSeconds must be 1 to 600 seconds.", text, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "cryoweb.db")), "the database was created under refused settings");
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("0", false)]
    [InlineData("30", true)]
    public async Task The_retention_days_configured_reach_the_retention_service(string? days, bool applied)
    {
        string[] args = days is null ? [] : ["--Storage:RetentionDays", days];
        await using var app = ConsoleHost.Build([.. Args(), .. args]);
        await app.StartAsync();
        var retention = app.Services.GetServices<IHostedService>().OfType<RetentionService>().Single();

        var report = await retention.ApplyOnceAsync();

        Assert.Equal(applied, report is not null);
        await app.StopAsync();
    }

    [Fact]
    public async Task The_default_settings_start_the_console()
    {
        Assert.Empty(await StartFailuresAsync());
    }

    private string[] Args() => ["--urls", "http://127.0.0.1:0", "--Storage:DatabasePath", Path.Combine(_folder, "cryoweb.db")];

    /// <summary>The settings problems that stop the console (as Program reports them); empty when it starts.</summary>
    private async Task<IReadOnlyList<string>> StartFailuresAsync(params string[] args)
    {
        try
        {
            await using var app = ConsoleHost.Build([.. Args(), .. args]);
            await app.StartAsync();
            await app.StopAsync();
            return [];
        }
        catch (Exception e) when (ConsoleStart.InvalidSettings(e) is { Count: > 0 } failures)
        {
            return failures;
        }
    }
}
