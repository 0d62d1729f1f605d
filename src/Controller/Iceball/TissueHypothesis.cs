using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Controller.Iceball;

/// <summary>
/// One guess at the patient's tissue: the nominal properties with conductivity (frozen and unfrozen alike) and
/// perfusion scaled. The estimator runs several and keeps the one the thermal sensors agree with best.
/// </summary>
public sealed record TissueHypothesis(double ConductivityScale, double PerfusionScale)
{
    public static TissueHypothesis Nominal { get; } = new(1, 1);

    /// <summary>
    /// The estimator's ensemble: conductivity x0.7 to x1.3 and perfusion x0.5 to x3, the range seen between patients
    /// and organs, plus the nominal tissue (the uncorrected model shown beside the fit). Perfusion is sampled coarsely:
    /// two sensors hardly tell it apart within the first minutes, and it moves the -20 C radius far less than
    /// conductivity does (docs/iceball.md).
    /// </summary>
    public static IReadOnlyList<TissueHypothesis> Ensemble { get; } =
        [Nominal, .. new[] { 0.7, 0.9, 1.1, 1.3 }.SelectMany(k => new[] { 0.5, 1.5, 3.0 }.Select(w => new TissueHypothesis(k, w)))];

    public TissueProperties Apply(TissueProperties nominal)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        return nominal with
        {
            UnfrozenConductivityWattsPerMeterKelvin = nominal.UnfrozenConductivityWattsPerMeterKelvin * ConductivityScale,
            FrozenConductivityWattsPerMeterKelvin = nominal.FrozenConductivityWattsPerMeterKelvin * ConductivityScale,
            PerfusionPerSecond = nominal.PerfusionPerSecond * PerfusionScale,
        };
    }
}
