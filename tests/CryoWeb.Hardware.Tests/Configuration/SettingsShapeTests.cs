using CryoWeb.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CryoWeb.Hardware.Tests.Configuration;

/// <summary>The one rule for every configuration section: unknown keys and unreadable values stop start-up, naming the key.</summary>
public class SettingsShapeTests
{
    [Fact]
    public void A_misspelt_key_is_named_with_the_keys_that_exist()
    {
        var problems = Problems(("Pump:MaxPsii", "6200"));

        Assert.Equal(["Pump:MaxPsii: not a setting of the console (misspelt?); known here: MaxPsi, Period, Mode, Label, Limit, Steps, Valves, Outlet."], problems);
    }

    [Theory]
    [InlineData("Pump:Limit", "3O", "Pump:Limit: '3O' is not a whole number (digits only, such as 30).")]
    [InlineData("Pump:Limit", "12.5", "Pump:Limit: '12.5' is not a whole number (digits only, such as 30).")]
    [InlineData("Pump:MaxPsi", "6,200", "Pump:MaxPsi: '6,200' is not a number with a point for decimals, such as 1500 or 12.5.")]
    [InlineData("Pump:Period", "4 s", "Pump:Period: '4 s' is not a duration as [d.]hh:mm:ss[.fff], such as 00:00:30 for 30 s.")]
    [InlineData("Pump:Mode", "Fast", "Pump:Mode: 'Fast' is not one of Off, Slow.")]
    [InlineData("Pump:Steps:1", "x", "Pump:Steps:1: 'x' is not a whole number (digits only, such as 30).")]
    [InlineData("Pump:Valves:0:Open", "yes", "Pump:Valves:0:Open: 'yes' is not true or false.")]
    [InlineData("Pump:Outlet:Pinn", "4", "Pump:Outlet:Pinn: not a setting of the console (misspelt?); known here: Pin, Open.")]
    [InlineData("Pump:Valves:0:Pinn", "4", "Pump:Valves:0:Pinn: not a setting of the console (misspelt?); known here: Pin, Open.")]
    public void A_value_of_the_wrong_kind_or_a_key_deeper_down_is_named_with_what_is_allowed(string key, string value, string expected)
    {
        Assert.Equal([expected], Problems((key, value)));
    }

    [Fact]
    public void Values_the_binder_reads_pass_and_a_computed_property_is_not_a_setting()
    {
        Assert.Empty(Problems(
            ("Pump:MaxPsi", "6200.5"), ("Pump:Period", "00:00:04"), ("Pump:Mode", "slow"), ("Pump:Label", "TS1 urethra"),
            ("Pump:Limit", ""), ("Pump:Steps:0", "3"), ("Pump:Valves:0:Pin", "5"), ("Pump:Valves:0:Open", "True"), ("Pump:Outlet:Pin", "6")));
        Assert.Empty(Problems(("Pump:Mode", "1")));
        Assert.Equal(
            ["Pump:PeriodSeconds: not a setting of the console (misspelt?); known here: MaxPsi, Period, Mode, Label, Limit, Steps, Valves, Outlet."],
            Problems(("Pump:PeriodSeconds", "4")));
    }

    [Fact]
    public void A_section_given_a_single_value_or_a_value_given_a_section_is_refused()
    {
        Assert.Equal(["Pump:Outlet: is a section of settings, not a single value ('6')."], Problems(("Pump:Outlet", "6")));
        Assert.Equal(["Pump:Limit: takes a single value (a whole number (digits only, such as 30)), not a section."], Problems(("Pump:Limit:Max", "6")));
    }

    [Fact]
    public async Task Bound_with_AddSettings_a_bad_section_stops_start_up_with_every_problem_and_a_good_one_binds()
    {
        using var bad = Build(("Pump:MaxPsii", "1"), ("Pump:Limit", "3O"));
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => bad.StartAsync());
        Assert.Equal(2, e.Failures.Count());
        Assert.Contains(e.Failures, f => f.StartsWith("Pump:MaxPsii: not a setting", StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.StartsWith("Pump:Limit: '3O' is not a whole number", StringComparison.Ordinal));

        using var good = Build(("Pump:Limit", "30"), ("Pump:Period", "00:00:02"));
        await good.StartAsync();
        var options = good.Services.GetRequiredService<IOptions<PumpOptions>>().Value;
        Assert.Equal(30, options.Limit);
        Assert.Equal(TimeSpan.FromSeconds(2), options.Period);
        await good.StopAsync();
    }

    [Fact]
    public async Task The_features_own_rule_runs_after_the_shape_and_stops_start_up_too()
    {
        using var host = Build(("Pump:Limit", "-1"));

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Equal(["Pump:Limit: -1 must be 0 or more."], e.Failures);
    }

    [Fact]
    public async Task An_unknown_key_is_named_together_with_the_features_own_rule()
    {
        using var host = Build(("Pump:MaxPsii", "1"), ("Pump:Limit", "-1"));

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(e.Failures, f => f.StartsWith("Pump:MaxPsii: not a setting", StringComparison.Ordinal));
        Assert.Contains("Pump:Limit: -1 must be 0 or more.", e.Failures);
    }

    [Fact]
    public void Read_at_once_the_same_rules_apply()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Pump:Limitt", "3")]).Build();

        var e = Assert.Throws<OptionsValidationException>(() => configuration.ReadSettings<PumpOptions>("Pump", _ => null));
        Assert.StartsWith("Pump:Limitt: not a setting", Assert.Single(e.Failures), StringComparison.Ordinal);
        Assert.Equal(["Pump:Limit: 3 must be 2."], Assert.Throws<OptionsValidationException>(
            () => new ConfigurationBuilder().AddInMemoryCollection([new("Pump:Limit", "3")]).Build().ReadSettings<PumpOptions>("Pump", o => $"Pump:Limit: {o.Limit} must be 2.")).Failures);
    }

    private static IReadOnlyList<string> Problems(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        return SettingsShape.Problems(configuration.GetSection("Pump"), typeof(PumpOptions));
    }

    private static IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddSettings<PumpOptions>(builder.Configuration, "Pump").Validate(o => o.Limit >= 0, "Pump:Limit: -1 must be 0 or more.");
        return builder.Build();
    }

    public enum PumpMode
    {
        Off,
        Slow,
    }

    public sealed class PumpOptions
    {
        public double MaxPsi { get; set; }

        public TimeSpan Period { get; set; }

        public double PeriodSeconds => Period.TotalSeconds;

        public PumpMode Mode { get; set; }

        public string? Label { get; set; }

        public int? Limit { get; set; }

        public IList<int> Steps { get; } = [];

        public IList<PumpValve> Valves { get; } = [];

        public PumpValve Outlet { get; set; } = new();
    }

    public sealed class PumpValve
    {
        public int Pin { get; set; }

        public bool Open { get; set; }
    }
}
