namespace CryoWeb.Thermal.Probes;

/// <summary>
/// Lumped model of a probe tip: a small heat capacity cooled by argon expanding through its Joule-Thomson
/// nozzle (freeze valve open), warmed by thaw gas (thaw valve open) and always by the tissue around it.
/// Both gases act through a conductance towards their expansion temperature; both weaken as the supply
/// pressure falls below nominal, so a failing tank gives a warmer tip and a smaller iceball.
/// </summary>
public sealed record ProbeGasModel
{
    public double TipHeatCapacityJoulesPerKelvin { get; init; } = 0.5;

    /// <summary>Argon expansion temperature at or above <see cref="NominalArgonPsi"/>.</summary>
    public double ArgonExpansionCelsius { get; init; } = -155;

    /// <summary>Heat transfer from the tip to expanding argon at full flow (W/K).</summary>
    public double ArgonConductanceWattsPerKelvin { get; init; } = 3;

    public double NominalArgonPsi { get; init; } = 3000;

    /// <summary>Thaw gas temperature at the tip at or above <see cref="NominalThawPsi"/>.</summary>
    public double ThawGasCelsius { get; init; } = 40;

    public double ThawConductanceWattsPerKelvin { get; init; } = 2;

    public double NominalThawPsi { get; init; } = 1500;

    /// <summary>Temperature of gas entering the probe (room).</summary>
    public double InletCelsius { get; init; } = 20;

    /// <summary>Fraction of full strength at a supply pressure.</summary>
    public static double Strength(double psi, double nominalPsi) => Math.Clamp(psi / nominalPsi, 0, 1);

    /// <summary>Expansion temperature of argon at a supply pressure: room temperature with no pressure, the full JT drop at nominal.</summary>
    public double ArgonCelsiusAt(double psi) => InletCelsius + ((ArgonExpansionCelsius - InletCelsius) * Strength(psi, NominalArgonPsi));

    public double ThawCelsiusAt(double psi) => InletCelsius + ((ThawGasCelsius - InletCelsius) * Strength(psi, NominalThawPsi));

    /// <summary>
    /// The probe tip's heat balance over one step, implicit in the gas (its conductance is stiff against the tip's small
    /// capacity): the tip temperature after <paramref name="dtSeconds"/> with the tissue's heat flowing in and argon and/or
    /// thaw gas flowing at their line pressures. The simulator and the iceball model both step their tips with it.
    /// </summary>
    public double NextTipCelsius(double tipCelsius, double heatFromTissueWatts, bool argonFlowing, double argonPsi, bool thawFlowing, double thawPsi, double dtSeconds)
    {
        double gFreeze = argonFlowing ? ArgonConductanceWattsPerKelvin * Strength(argonPsi, NominalArgonPsi) : 0;
        double gThaw = thawFlowing ? ThawConductanceWattsPerKelvin * Strength(thawPsi, NominalThawPsi) : 0;
        double capacity = TipHeatCapacityJoulesPerKelvin / dtSeconds;
        return ((capacity * tipCelsius) + heatFromTissueWatts + (gFreeze * ArgonCelsiusAt(argonPsi)) + (gThaw * ThawCelsiusAt(thawPsi)))
            / (capacity + gFreeze + gThaw);
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first field out of its range.</summary>
    public void Validate()
    {
        Positive(TipHeatCapacityJoulesPerKelvin, nameof(TipHeatCapacityJoulesPerKelvin));
        Positive(ArgonConductanceWattsPerKelvin, nameof(ArgonConductanceWattsPerKelvin));
        Positive(ThawConductanceWattsPerKelvin, nameof(ThawConductanceWattsPerKelvin));
        Positive(NominalArgonPsi, nameof(NominalArgonPsi));
        Positive(NominalThawPsi, nameof(NominalThawPsi));
        Within(ArgonExpansionCelsius, -200, 0, nameof(ArgonExpansionCelsius));
        Within(ThawGasCelsius, 0, 80, nameof(ThawGasCelsius));
        Within(InletCelsius, -20, 50, nameof(InletCelsius));
    }

    private static void Positive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentException($"ProbeGas.{name} must be a positive number, not {value}.");
        }
    }

    private static void Within(double value, double low, double high, string name)
    {
        if (!(value >= low && value <= high))
        {
            throw new ArgumentException($"ProbeGas.{name} must be between {low} and {high} C, not {value}.");
        }
    }
}
