namespace CryoWeb.Hardware.Pressure;

/// <summary>One supply pressure read. With a fault, <see cref="Psi"/> is NaN and must not be used.</summary>
public readonly record struct PressureReading(double Psi, double SignalVolts, PressureFault Fault, DateTimeOffset Timestamp)
{
    public bool IsValid => Fault == PressureFault.None;

    public static PressureReading Faulted(PressureFault fault, double signalVolts, DateTimeOffset timestamp) =>
        new(double.NaN, signalVolts, fault, timestamp);
}
