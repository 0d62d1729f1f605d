using CryoWeb.Controller.Iceball;

namespace CryoWeb.Testing.Iceball;

/// <summary>One validation case: the -20 C radius of the truth, of the fitted estimate and of the uncorrected model.</summary>
public sealed record EstimatorTrialResult(
    TissueHypothesis Truth,
    double TruthRadiusMm,
    double FittedRadiusMm,
    double UncorrectedRadiusMm,
    TissueHypothesis Fitted,
    double FittedRmsCelsius,
    double UncorrectedRmsCelsius)
{
    public double FittedErrorMm => FittedRadiusMm - TruthRadiusMm;

    public double UncorrectedErrorMm => UncorrectedRadiusMm - TruthRadiusMm;
}
