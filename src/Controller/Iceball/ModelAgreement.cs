namespace CryoWeb.Controller.Iceball;

/// <summary>
/// How well the model follows the thermal sensors: the RMS difference (C) over the recent past for the fitted tissue
/// and for the uncorrected (nominal) tissue, the fitted tissue's scales, and each sensor now. RMS is NaN until a
/// sensor has been compared.
/// </summary>
public sealed record ModelAgreement(double RmsCelsius, double UncorrectedRmsCelsius, double ConductivityScale, double PerfusionScale, IReadOnlyList<SensorAgreement> Sensors);
