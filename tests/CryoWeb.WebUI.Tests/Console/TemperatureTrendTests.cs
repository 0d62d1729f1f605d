using CryoWeb.WebUI.Components.Console;

namespace CryoWeb.WebUI.Tests.Console;

public sealed class TemperatureTrendTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_sensor_cooling_at_a_steady_rate_reads_falling_at_that_rate()
    {
        var trend = new TemperatureTrend();
        for (int i = 0; i <= 40; i++)
        {
            trend.Add(T0.AddSeconds(i * 0.25), 10 - (1.2 * i * 0.25 / 60)); // −1.2 °C/min
        }

        Assert.Equal(-1.2, trend.PerMinute!.Value, 3);
        Assert.Equal("↓ falling 1.2 °C/min", trend.Text);
        Assert.Equal("falling", trend.Direction);
    }

    [Fact]
    public void Warming_reads_rising_and_noise_reads_steady()
    {
        var rising = new TemperatureTrend();
        var noisy = new TemperatureTrend();
        for (int i = 0; i <= 40; i++)
        {
            rising.Add(T0.AddSeconds(i * 0.25), -5 + (3 * i * 0.25 / 60));
            noisy.Add(T0.AddSeconds(i * 0.25), 20 + (i % 2 == 0 ? 0.05 : -0.05) + (i < 20 ? 0 : 0.05)); // noise and a 0.05 °C step
        }

        Assert.Equal("↑ rising 3.0 °C/min", rising.Text);
        Assert.Equal("→ steady", noisy.Text);
    }

    [Fact]
    public void Less_than_ten_seconds_of_history_gives_no_trend()
    {
        var trend = new TemperatureTrend();
        trend.Add(T0, 10);
        trend.Add(T0.AddSeconds(9), 0);

        Assert.Null(trend.PerMinute);
        Assert.Equal("trend: measuring", trend.Text);
    }

    [Fact]
    public void A_fault_starts_the_trend_again_and_old_readings_leave_the_window()
    {
        var trend = new TemperatureTrend();
        for (int i = 0; i <= 10; i++)
        {
            trend.Add(T0.AddSeconds(i), 10 - i); // −60 °C/min
        }

        trend.Add(T0.AddSeconds(11), double.NaN);
        Assert.Null(trend.PerMinute);

        for (int i = 12; i <= 60; i++)
        {
            trend.Add(T0.AddSeconds(i), i <= 30 ? 100 : 5); // a step long ago, then steady for 30 s
        }

        Assert.Equal("→ steady", trend.Text);
    }
}
