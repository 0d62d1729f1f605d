namespace CryoWeb.Hardware.Thermocouples;

/// <summary>
/// One read of one thermocouple channel. A reading with any fault carries NaN temperatures, so a faulty
/// value can never be mistaken for a real one: check <see cref="IsValid"/> or use <see cref="TryGetCelsius"/>.
/// </summary>
public readonly record struct ThermocoupleReading(
    double TemperatureCelsius,
    double ColdJunctionCelsius,
    ThermocoupleFaults Faults,
    DateTimeOffset Timestamp)
{
    /// <summary>No fault and a finite temperature: only then may the value be used.</summary>
    public bool IsValid => Faults == ThermocoupleFaults.None && double.IsFinite(TemperatureCelsius);

    public bool TryGetCelsius(out double celsius)
    {
        celsius = TemperatureCelsius;
        return IsValid;
    }

    /// <summary>A reading that carries faults and no temperature.</summary>
    public static ThermocoupleReading Faulted(ThermocoupleFaults faults, DateTimeOffset timestamp) =>
        new(double.NaN, double.NaN, faults, timestamp);
}
