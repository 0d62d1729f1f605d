using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Controller.Iceball;

/// <summary>What the live estimator models: the nominal tissue, the hypotheses around it, and the grid.</summary>
public sealed record IceballEstimatorOptions
{
    public TissueProperties NominalTissue { get; init; } = new();

    public IReadOnlyList<TissueHypothesis> Hypotheses { get; init; } = TissueHypothesis.Ensemble;

    public double GridSpacingMm { get; init; } = ThermalModel.DefaultGridSpacingMm;
}
