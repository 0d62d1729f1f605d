using System.Globalization;

namespace CryoWeb.WebUI.Components.Console;

/// <summary>
/// Where a sensor's temperature is heading, from the readings its tile has shown over the last <see cref="Window"/>:
/// the least-squares slope in °C per minute, worded for a glance ("↓ falling 1.2 °C/min"). A faulty reading (NaN)
/// starts it again: a trend is never drawn across a fault. Not thread-safe (one tile, one circuit).
/// </summary>
public sealed class TemperatureTrend
{
    /// <summary>Readings older than this are forgotten.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(20);

    /// <summary>Less history than this gives no trend.</summary>
    public static readonly TimeSpan MinimumSpan = TimeSpan.FromSeconds(10);

    /// <summary>Slower than this (°C/min) is shown as steady: sensor noise over a few seconds is not a trend.</summary>
    public const double SteadyBelowPerMinute = 0.5;

    private const int MaxReadings = 256;

    private readonly Queue<(DateTimeOffset At, double Celsius)> _readings = new();

    /// <summary>Adds a reading shown at <paramref name="at"/>; NaN (a fault) forgets the history.</summary>
    public void Add(DateTimeOffset at, double celsius)
    {
        if (!double.IsFinite(celsius))
        {
            _readings.Clear();
            return;
        }

        if (_readings.Count > 0 && at <= _readings.Last().At)
        {
            return; // the same reading rendered twice, or a clock step back
        }

        _readings.Enqueue((at, celsius));
        while (_readings.Count > MaxReadings || (_readings.Count > 0 && at - _readings.Peek().At > Window))
        {
            _readings.Dequeue();
        }
    }

    /// <summary>°C per minute (negative = falling), or null with less than <see cref="MinimumSpan"/> of history.</summary>
    public double? PerMinute
    {
        get
        {
            if (_readings.Count < 2 || _readings.Last().At - _readings.Peek().At < MinimumSpan)
            {
                return null;
            }

            var origin = _readings.Peek().At;
            double n = _readings.Count, sumX = 0, sumY = 0, sumXx = 0, sumXy = 0;
            foreach (var (at, celsius) in _readings)
            {
                double minutes = (at - origin).TotalMinutes;
                sumX += minutes;
                sumY += celsius;
                sumXx += minutes * minutes;
                sumXy += minutes * celsius;
            }

            double denominator = (n * sumXx) - (sumX * sumX);
            return denominator <= 0 ? null : ((n * sumXy) - (sumX * sumY)) / denominator;
        }
    }

    /// <summary>"↓ falling 1.2 °C/min", "↑ rising 0.8 °C/min", "→ steady", or "trend: measuring" without enough history.</summary>
    public string Text => PerMinute switch
    {
        null => "trend: measuring",
        double rate when Math.Abs(rate) < SteadyBelowPerMinute => "→ steady",
        double rate => string.Create(CultureInfo.InvariantCulture, $"{(rate < 0 ? "↓ falling" : "↑ rising")} {Math.Abs(rate):0.0} °C/min"),
    };

    /// <summary>"falling", "rising", "steady" or "unknown": for styling and tests.</summary>
    public string Direction => PerMinute switch
    {
        null => "unknown",
        double rate when Math.Abs(rate) < SteadyBelowPerMinute => "steady",
        double rate => rate < 0 ? "falling" : "rising",
    };
}
