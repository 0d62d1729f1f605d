namespace CryoWeb.Hardware.Simulation;

/// <summary>
/// What a real needle thermocouple on a MAX31856 reports for a true temperature: a first-order lag, a fixed
/// calibration error within the type-T tolerance (a per-sensor fraction of the tolerance band), a little white noise,
/// and the amplifier's 0.0078125 C resolution.
/// </summary>
internal sealed class ThermocoupleResponse
{
    private const double NoiseStandardDeviationCelsius = 0.03;
    private const double ResolutionCelsius = 0.0078125;
    private readonly double _lagSeconds;
    private readonly double _toleranceFraction;
    private double _lagged;

    public ThermocoupleResponse(double lagSeconds, double initialCelsius, Random random)
    {
        _lagSeconds = lagSeconds;
        _lagged = initialCelsius;
        _toleranceFraction = random.NextDouble() - 0.5;
    }

    /// <summary>The value the amplifier would report now.</summary>
    public double ReportedCelsius { get; private set; }

    /// <summary>Type T tolerance: class 1 (0.5 C or 0.4%) above -40 C, class 3 (1 C or 1.5%) below.</summary>
    public static double TypeTToleranceCelsius(double celsius) =>
        celsius >= -40 ? Math.Max(0.5, 0.004 * Math.Abs(celsius)) : Math.Max(1.0, 0.015 * Math.Abs(celsius));

    public void Update(double trueCelsius, double seconds, Random random)
    {
        _lagged += (trueCelsius - _lagged) * (1 - Math.Exp(-seconds / _lagSeconds));
        double noise = NoiseStandardDeviationCelsius * Gaussian(random);
        double value = _lagged + (_toleranceFraction * TypeTToleranceCelsius(_lagged)) + noise;
        ReportedCelsius = Math.Round(value / ResolutionCelsius) * ResolutionCelsius;
    }

    private static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
