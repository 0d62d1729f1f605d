using Bunit;
using CryoWeb.Controller.Safety;
using CryoWeb.WebUI.Components.Console;
using CryoWeb.WebUI.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.WebUI.Tests.Console;

public sealed class SensorTileTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    private static BunitContext Context(TimeProvider? time = null)
    {
        var context = new BunitContext();
        context.Services.AddSingleton<TimeProvider>(time ?? Clock);
        return context;
    }

    [Fact]
    public void A_cooling_critical_structure_shows_it_is_falling_and_how_fast()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        using var context = Context(time);
        SensorStatus At(double celsius) => new(4, "TS3 urethra", celsius, null, SensorRole.CriticalStructure, 2.5, ProtectiveAction.Stop, TemperatureBand.AboveZero);
        var tile = context.Render<SensorTile>(p => p.Add(t => t.Sensor, At(20)));
        Assert.Equal("trend: measuring", tile.Find("[data-testid=sensor-4-trend]").TextContent);

        for (int second = 1; second <= 20; second++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            tile.Render(p => p.Add(t => t.Sensor, At(20 - (second * 0.05)))); // −3 °C/min
        }

        Assert.Equal("↓ falling 3.0 °C/min", tile.Find("[data-testid=sensor-4-trend]").TextContent);
    }

    [Theory]
    [InlineData(12.0, SensorRole.Margin, null, TemperatureBand.AboveZero)]
    [InlineData(-5.0, SensorRole.Margin, null, TemperatureBand.BelowZero)]
    [InlineData(-25.0, SensorRole.Margin, null, TemperatureBand.BelowMinus20)]
    [InlineData(-45.0, SensorRole.Margin, null, TemperatureBand.BelowMinus40)]
    [InlineData(-2.0, SensorRole.CriticalStructure, 0.0, TemperatureBand.PastLimit)]
    public void The_tile_takes_the_colour_class_of_its_temperature_band(double celsius, SensorRole role, double? limit, TemperatureBand expected)
    {
        using var context = Context();
        var band = LiveStatusBoard.BandOf(celsius, role, limit);
        var sensor = new SensorStatus(3, "TS2 urethra", celsius, null, role, limit, limit is null ? null : ProtectiveAction.Stop, band);

        var tile = context.Render<SensorTile>(p => p.Add(t => t.Sensor, sensor));

        var root = tile.Find("[data-testid=sensor-tile-3]");
        Assert.Equal(expected, band);
        Assert.Equal(expected.ToString(), root.GetAttribute("data-band"));
        Assert.Contains("band-" + expected, root.ClassName, StringComparison.Ordinal);
        Assert.Contains("°C", tile.Find("[data-testid=sensor-3-temperature]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_critical_structure_past_its_limit_says_so_with_its_limit_and_action()
    {
        using var context = Context();
        var sensor = new SensorStatus(4, "TS3 urethra", -3.5, null, SensorRole.CriticalStructure, 0, ProtectiveAction.Stop, TemperatureBand.PastLimit);

        var tile = context.Render<SensorTile>(p => p.Add(t => t.Sensor, sensor));

        Assert.Equal("-3.5 °C", tile.Find("[data-testid=sensor-4-temperature]").TextContent);
        Assert.Equal("PAST LIMIT", tile.Find("[data-testid=sensor-4-band]").TextContent);
        Assert.Equal("Limit 0 °C · stops linked probes", tile.Find("[data-testid=sensor-4-limit]").TextContent);
    }

    [Fact]
    public void A_faulted_sensor_shows_its_fault_never_a_number()
    {
        using var context = Context();
        var sensor = new SensorStatus(2, "TS1 margin", double.NaN, "open thermocouple", SensorRole.Margin, null, null, TemperatureBand.Faulted);

        var tile = context.Render<SensorTile>(p => p.Add(t => t.Sensor, sensor));

        Assert.Equal("Faulted", tile.Find("[data-testid=sensor-tile-2]").GetAttribute("data-band"));
        var text = tile.Find("[data-testid=sensor-2-temperature]").TextContent;
        Assert.Equal("open thermocouple", text);
        Assert.DoesNotContain(text, char.IsDigit);
        Assert.DoesNotContain("NaN", tile.Markup, StringComparison.Ordinal);
    }
}
