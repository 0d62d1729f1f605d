using CryoWeb.Controller.Iceball;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Hardware.Valves;
using CryoWeb.Thermal.Isotherms;
using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Testing.Iceball;

/// <summary>
/// The estimator against the simulator as ground truth: the simulator runs on a 1 mm grid with tissue the
/// estimator does not know (<see cref="TissueHypothesis"/> as the truth's scales), one probe at full power for ten
/// minutes with two thermal sensors 10 mm from its axis; the estimator sees only what the console sees (the tip and
/// sensor thermocouples, with their noise, lag and calibration error) and is compared on the -20 C radius.
/// </summary>
public static class EstimatorTrial
{
    public static IceballLayout Layout { get; } = new(
        [new ProbePlacement(1, 0, 0, -15)],
        [new SensorPlacement(1, 10, 0, 0), new SensorPlacement(2, 0, -10, 5)],
        new TargetShape(10, 10, 15, 5));

    /// <summary>The truth is solved on a finer grid than the estimator's, so the two do not share discretisation errors.</summary>
    public const double TruthGridSpacingMm = 1.0;

    public static EstimatorTrialResult Run(TissueHypothesis truth, double minutes = 10, IReadOnlyList<TissueHypothesis>? ensemble = null)
    {
        ArgumentNullException.ThrowIfNull(truth);
        var nominal = new TissueProperties();
        var start = DateTimeOffset.UnixEpoch;
        var plant = new SimulatedPlant(Layout.ToSimulation(truth.Apply(nominal), TruthGridSpacingMm, 30), start);
        using var valves = new SimulatedValveBank(plant, TimeProvider.System);
        using var thermocouples = new SimulatedThermocoupleBank(plant);
        valves.SetOpen(ValveId.ArgonSupply, true);
        valves.SetOpen(ValveId.FreezeOf(0), true);
        var estimator = new IceballEnsemble(Layout, nominal, ensemble);
        var drives = new ProbeDrive[1];
        var sensors = new double[Layout.Sensors.Count];
        for (int second = 1; second <= minutes * 60; second++)
        {
            plant.Advance(TimeSpan.FromSeconds(1));
            var tip = thermocouples.Read(0);
            drives[0] = new ProbeDrive(tip.IsValid ? tip.TemperatureCelsius : double.NaN, true, false, plant.ArgonTankPsi, 0);
            for (int s = 0; s < sensors.Length; s++)
            {
                var reading = thermocouples.Read(Layout.Sensors[s].Channel);
                sensors[s] = reading.IsValid ? reading.TemperatureCelsius : double.NaN;
            }

            estimator.Advance(1, drives, sensors);
        }

        var probes = plant.Layout.Probes;
        double Radius(TissueGrid grid) => new IsothermMeasurer(grid, probes).Measure(-20).DiameterMm / 2;
        var best = estimator.Best;
        return new EstimatorTrialResult(
            truth,
            Radius(plant.Tissue),
            Radius(best.Tissue),
            Radius(estimator.Nominal.Tissue),
            best.Hypothesis,
            estimator.RmsCelsius(best),
            estimator.RmsCelsius(estimator.Nominal));
    }
}
