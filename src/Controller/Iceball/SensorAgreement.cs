namespace CryoWeb.Controller.Iceball;

/// <summary>One thermal sensor now: what it reads, what the fitted model says there, and what the uncorrected model says.</summary>
public sealed record SensorAgreement(int Channel, double MeasuredCelsius, double ModelCelsius, double UncorrectedCelsius);
