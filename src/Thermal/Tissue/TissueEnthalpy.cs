namespace CryoWeb.Thermal.Tissue;

/// <summary>
/// The phase-change constitutive law of the tissue, in variables relative to body temperature so that
/// undisturbed tissue is exactly zero in all three:
/// <list type="bullet">
/// <item><c>h</c>: volumetric enthalpy (J/m^3) relative to body temperature, the conserved state;</item>
/// <item><c>theta</c>: temperature minus body temperature (K);</item>
/// <item><c>phi</c>: Kirchhoff potential, the integral of conductivity over temperature (W/m), so that
/// div(k grad T) = laplacian(phi) exactly for a temperature-dependent conductivity.</item>
/// </list>
/// The latent heat is spread over the freezing range as an apparent heat capacity; conductivity changes linearly there.
/// </summary>
public sealed class TissueEnthalpy
{
    public TissueEnthalpy(TissueProperties tissue)
    {
        ArgumentNullException.ThrowIfNull(tissue);
        tissue.Validate();
        Tissue = tissue;
        UnfrozenHeatCapacity = tissue.DensityKilogramsPerCubicMeter * tissue.UnfrozenSpecificHeatJoulesPerKilogramKelvin;
        FrozenHeatCapacity = tissue.DensityKilogramsPerCubicMeter * tissue.FrozenSpecificHeatJoulesPerKilogramKelvin;
        FreezingRangeKelvin = tissue.LiquidusCelsius - tissue.SolidusCelsius;
        MushyHeatCapacity = (tissue.LatentHeatJoulesPerCubicMeter / FreezingRangeKelvin) + (0.5 * (UnfrozenHeatCapacity + FrozenHeatCapacity));
        UnfrozenConductivity = tissue.UnfrozenConductivityWattsPerMeterKelvin;
        FrozenConductivity = tissue.FrozenConductivityWattsPerMeterKelvin;
        LiquidusTheta = tissue.LiquidusCelsius - tissue.BodyCelsius;
        SolidusTheta = tissue.SolidusCelsius - tissue.BodyCelsius;
        LiquidusEnthalpy = UnfrozenHeatCapacity * LiquidusTheta;
        SolidusEnthalpy = LiquidusEnthalpy - (MushyHeatCapacity * FreezingRangeKelvin);
        LiquidusPhi = UnfrozenConductivity * LiquidusTheta;
        SolidusPhi = LiquidusPhi - (0.5 * (UnfrozenConductivity + FrozenConductivity) * FreezingRangeKelvin);
        PerfusionHeatCapacityRate = tissue.PerfusionPerSecond * tissue.BloodVolumetricHeatJoulesPerCubicMeterKelvin;
    }

    public TissueProperties Tissue { get; }

    public double UnfrozenHeatCapacity { get; }

    public double FrozenHeatCapacity { get; }

    public double MushyHeatCapacity { get; }

    public double FreezingRangeKelvin { get; }

    public double UnfrozenConductivity { get; }

    public double FrozenConductivity { get; }

    public double LiquidusTheta { get; }

    public double SolidusTheta { get; }

    public double LiquidusEnthalpy { get; }

    public double SolidusEnthalpy { get; }

    public double LiquidusPhi { get; }

    public double SolidusPhi { get; }

    /// <summary>omega * rho_b * c_b (W/m^3 K): how strongly perfusion pulls unfrozen tissue back to body temperature.</summary>
    public double PerfusionHeatCapacityRate { get; }

    public double ThetaFromEnthalpy(double h)
    {
        if (h >= LiquidusEnthalpy)
        {
            return h / UnfrozenHeatCapacity;
        }

        return h >= SolidusEnthalpy
            ? LiquidusTheta + ((h - LiquidusEnthalpy) / MushyHeatCapacity)
            : SolidusTheta + ((h - SolidusEnthalpy) / FrozenHeatCapacity);
    }

    public double EnthalpyFromTheta(double theta)
    {
        if (theta >= LiquidusTheta)
        {
            return theta * UnfrozenHeatCapacity;
        }

        return theta >= SolidusTheta
            ? LiquidusEnthalpy + ((theta - LiquidusTheta) * MushyHeatCapacity)
            : SolidusEnthalpy + ((theta - SolidusTheta) * FrozenHeatCapacity);
    }

    public double PhiFromTheta(double theta)
    {
        if (theta >= LiquidusTheta)
        {
            return UnfrozenConductivity * theta;
        }

        if (theta >= SolidusTheta)
        {
            double below = LiquidusTheta - theta;
            return LiquidusPhi - (UnfrozenConductivity * below)
                + ((UnfrozenConductivity - FrozenConductivity) * below * below / (2 * FreezingRangeKelvin));
        }

        return SolidusPhi + (FrozenConductivity * (theta - SolidusTheta));
    }

    /// <summary>Thermal conductivity (W/m K) at a temperature relative to body.</summary>
    public double ConductivityAt(double theta)
    {
        if (theta >= LiquidusTheta)
        {
            return UnfrozenConductivity;
        }

        return theta <= SolidusTheta
            ? FrozenConductivity
            : FrozenConductivity + ((UnfrozenConductivity - FrozenConductivity) * (theta - SolidusTheta) / FreezingRangeKelvin);
    }

    /// <summary>d(phi)/d(h) (m^2/s): the local thermal diffusivity.</summary>
    public double DiffusivityAt(double theta)
    {
        double capacity = theta >= LiquidusTheta ? UnfrozenHeatCapacity : theta >= SolidusTheta ? MushyHeatCapacity : FrozenHeatCapacity;
        return ConductivityAt(theta) / capacity;
    }

    /// <summary>Fraction of tissue still liquid (1 above the liquidus, 0 below the solidus): perfusion and metabolism scale with it.</summary>
    public double LiquidFraction(double theta) => Math.Clamp((theta - SolidusTheta) / FreezingRangeKelvin, 0, 1);

    /// <summary>Largest diffusivity anywhere: sets the stable explicit time step.</summary>
    public double MaximumDiffusivity => Math.Max(
        Math.Max(UnfrozenConductivity / UnfrozenHeatCapacity, FrozenConductivity / FrozenHeatCapacity),
        Math.Max(UnfrozenConductivity, FrozenConductivity) / MushyHeatCapacity);
}
