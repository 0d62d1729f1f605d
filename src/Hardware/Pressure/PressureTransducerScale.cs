namespace CryoWeb.Hardware.Pressure;

/// <summary>
/// Linear analogue pressure transducer: <see cref="MinVolts"/>..<see cref="MaxVolts"/> maps to
/// <see cref="MinPsi"/>..<see cref="MaxPsi"/>. A signal more than <see cref="FaultMarginVolts"/> outside the span is a
/// wiring fault; within the margin it is clamped to the span (offset and gain tolerance of a healthy sensor).
/// Defaults: 0.5-4.5 V = 0-6000 psi, 0.1 V margin.
/// </summary>
public sealed record PressureTransducerScale
{
    /// <summary>Creates and validates a scale.</summary>
    /// <exception cref="ArgumentException">A value is not finite, the volt or psi span is empty or reversed, or the margin is negative.</exception>
    public PressureTransducerScale(
        double minVolts = 0.5,
        double maxVolts = 4.5,
        double minPsi = 0,
        double maxPsi = 6000,
        double faultMarginVolts = 0.1)
    {
        RequireFinite(minVolts, nameof(minVolts));
        RequireFinite(maxVolts, nameof(maxVolts));
        RequireFinite(minPsi, nameof(minPsi));
        RequireFinite(maxPsi, nameof(maxPsi));
        RequireFinite(faultMarginVolts, nameof(faultMarginVolts));
        if (maxVolts <= minVolts)
        {
            throw new ArgumentException(
                $"Transducer scale: MaxVolts ({maxVolts} V) must be greater than MinVolts ({minVolts} V).", nameof(maxVolts));
        }

        if (maxPsi <= minPsi)
        {
            throw new ArgumentException(
                $"Transducer scale: MaxPsi ({maxPsi} psi) must be greater than MinPsi ({minPsi} psi).", nameof(maxPsi));
        }

        if (faultMarginVolts < 0)
        {
            throw new ArgumentException(
                $"Transducer scale: FaultMarginVolts ({faultMarginVolts} V) must not be negative.", nameof(faultMarginVolts));
        }

        MinVolts = minVolts;
        MaxVolts = maxVolts;
        MinPsi = minPsi;
        MaxPsi = maxPsi;
        FaultMarginVolts = faultMarginVolts;
    }

    /// <summary>Signal at <see cref="MinPsi"/>.</summary>
    public double MinVolts { get; }

    /// <summary>Signal at <see cref="MaxPsi"/>.</summary>
    public double MaxVolts { get; }

    public double MinPsi { get; }

    public double MaxPsi { get; }

    /// <summary>How far outside the span a signal may be before it is a wiring fault.</summary>
    public double FaultMarginVolts { get; }

    /// <summary>Highest signal that is not a fault.</summary>
    public double HighestValidVolts => MaxVolts + FaultMarginVolts;

    /// <summary>Lowest signal that is not a fault.</summary>
    public double LowestValidVolts => MinVolts - FaultMarginVolts;

    /// <summary>
    /// Converts a signal voltage: below <see cref="LowestValidVolts"/> is
    /// <see cref="PressureFault.OpenWireOrShortToGround"/>, above <see cref="HighestValidVolts"/> is
    /// <see cref="PressureFault.ShortToSupply"/>, inside the margins the pressure is clamped to the span, otherwise
    /// linear. NaN (no signal obtained) is <see cref="PressureFault.BusFailure"/>.
    /// </summary>
    public PressureReading Convert(double volts, DateTimeOffset timestamp)
    {
        if (double.IsNaN(volts))
        {
            return PressureReading.Faulted(PressureFault.BusFailure, volts, timestamp);
        }

        if (volts < LowestValidVolts)
        {
            return PressureReading.Faulted(PressureFault.OpenWireOrShortToGround, volts, timestamp);
        }

        if (volts > HighestValidVolts)
        {
            return PressureReading.Faulted(PressureFault.ShortToSupply, volts, timestamp);
        }

        double clamped = Math.Clamp(volts, MinVolts, MaxVolts);
        double psi = MinPsi + ((clamped - MinVolts) * (MaxPsi - MinPsi) / (MaxVolts - MinVolts));
        return new PressureReading(psi, volts, PressureFault.None, timestamp);
    }

    private static void RequireFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"Transducer scale: {name} must be a finite number, not {value}.", name);
        }
    }
}
