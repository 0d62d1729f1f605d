namespace CryoWeb.Thermal.Tissue;

/// <summary>
/// Thermal properties of the simulated tissue (Pennes bioheat with phase change; defaults after Magalov et al.-style models).
/// Metabolic heat is balanced by perfusion at body temperature: the arterial temperature is set so that
/// <see cref="BodyCelsius"/> is the undisturbed steady state, and both stop as the tissue freezes.
/// </summary>
public sealed record TissueProperties
{
    public double UnfrozenConductivityWattsPerMeterKelvin { get; init; } = 0.5;

    public double FrozenConductivityWattsPerMeterKelvin { get; init; } = 2.0;

    public double UnfrozenSpecificHeatJoulesPerKilogramKelvin { get; init; } = 3600;

    public double FrozenSpecificHeatJoulesPerKilogramKelvin { get; init; } = 1800;

    public double DensityKilogramsPerCubicMeter { get; init; } = 1000;

    /// <summary>Latent heat released over the freezing range, per volume of tissue.</summary>
    public double LatentHeatJoulesPerCubicMeter { get; init; } = 250e6;

    /// <summary>Tissue is fully frozen below this temperature.</summary>
    public double SolidusCelsius { get; init; } = -8;

    /// <summary>Tissue starts to freeze below this temperature.</summary>
    public double LiquidusCelsius { get; init; } = -1;

    public double PerfusionPerSecond { get; init; } = 0.0005;

    public double BloodVolumetricHeatJoulesPerCubicMeterKelvin { get; init; } = 1000 * 3640;

    public double MetabolicHeatWattsPerCubicMeter { get; init; } = 4200;

    public double BodyCelsius { get; init; } = 37;

    /// <summary>Arterial blood temperature that makes <see cref="BodyCelsius"/> the steady state with metabolic heat.</summary>
    public double ArterialCelsius =>
        BodyCelsius - (MetabolicHeatWattsPerCubicMeter / (PerfusionPerSecond * BloodVolumetricHeatJoulesPerCubicMeterKelvin));

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first property out of its physical range.</summary>
    public void Validate()
    {
        Positive(UnfrozenConductivityWattsPerMeterKelvin, nameof(UnfrozenConductivityWattsPerMeterKelvin));
        Positive(FrozenConductivityWattsPerMeterKelvin, nameof(FrozenConductivityWattsPerMeterKelvin));
        Positive(UnfrozenSpecificHeatJoulesPerKilogramKelvin, nameof(UnfrozenSpecificHeatJoulesPerKilogramKelvin));
        Positive(FrozenSpecificHeatJoulesPerKilogramKelvin, nameof(FrozenSpecificHeatJoulesPerKilogramKelvin));
        Positive(DensityKilogramsPerCubicMeter, nameof(DensityKilogramsPerCubicMeter));
        Positive(BloodVolumetricHeatJoulesPerCubicMeterKelvin, nameof(BloodVolumetricHeatJoulesPerCubicMeterKelvin));
        NotNegative(LatentHeatJoulesPerCubicMeter, nameof(LatentHeatJoulesPerCubicMeter));
        NotNegative(PerfusionPerSecond, nameof(PerfusionPerSecond));
        NotNegative(MetabolicHeatWattsPerCubicMeter, nameof(MetabolicHeatWattsPerCubicMeter));
        if (!(LiquidusCelsius > SolidusCelsius))
        {
            throw new ArgumentException($"LiquidusCelsius ({LiquidusCelsius}) must be above SolidusCelsius ({SolidusCelsius}).", nameof(LiquidusCelsius));
        }

        if (!(BodyCelsius > LiquidusCelsius && BodyCelsius < 45))
        {
            throw new ArgumentException($"BodyCelsius ({BodyCelsius}) must be between LiquidusCelsius and 45.", nameof(BodyCelsius));
        }

        if (MetabolicHeatWattsPerCubicMeter > 0 && PerfusionPerSecond == 0)
        {
            throw new ArgumentException("MetabolicHeatWattsPerCubicMeter needs a PerfusionPerSecond above 0 to balance it.", nameof(PerfusionPerSecond));
        }
    }

    private static void Positive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentException($"{name} must be a positive number, not {value}.", name);
        }
    }

    private static void NotNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw new ArgumentException($"{name} must be zero or a positive number, not {value}.", name);
        }
    }
}
