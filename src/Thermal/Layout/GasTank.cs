namespace CryoWeb.Thermal.Layout;

/// <summary>
/// A gas cylinder (ideal gas at room temperature) whose pressure falls as probes draw gas. Flow through an open
/// valve is choked, so it is proportional to the absolute tank pressure.
/// </summary>
public sealed record GasTank
{
    private const double AtmospherePsi = 14.7;

    public double WaterCapacityLiters { get; init; } = 50;

    /// <summary>Gauge pressure when the procedure starts.</summary>
    public double InitialPsi { get; init; } = 4500;

    /// <summary>Gas drawn by one fully open probe valve at <see cref="FlowReferencePsi"/>, in standard litres per minute.</summary>
    public double FlowStandardLitersPerMinute { get; init; } = 30;

    public double FlowReferencePsi { get; init; } = 3000;

    /// <summary>Gauge pressure after drawing gas for <paramref name="seconds"/> through <paramref name="openValves"/> full valves (fractions allowed).</summary>
    public double PressureAfter(double psi, double openValves, double seconds)
    {
        if (openValves <= 0 || psi <= 0)
        {
            return Math.Max(psi, 0);
        }

        // d(P_abs)/dt = -(P_atm / V) * flow, flow = F * P_abs / P_ref  =>  exponential decay of absolute pressure.
        double rate = AtmospherePsi / WaterCapacityLiters * (FlowStandardLitersPerMinute / 60) / (FlowReferencePsi + AtmospherePsi) * openValves;
        double absolute = (psi + AtmospherePsi) * Math.Exp(-rate * seconds);
        return Math.Max(absolute - AtmospherePsi, 0);
    }

    public void Validate(string path)
    {
        if (!(WaterCapacityLiters > 0) || !(InitialPsi >= 0) || !(FlowStandardLitersPerMinute > 0) || !(FlowReferencePsi > 0))
        {
            throw new ArgumentException($"{path}: WaterCapacityLiters, FlowStandardLitersPerMinute and FlowReferencePsi must be positive and InitialPsi not negative.", path);
        }
    }
}
