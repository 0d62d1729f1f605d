using System.Numerics;
using CryoWeb.Thermal.Probes;
using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Controller.Iceball;

/// <summary>
/// The procedure's tissue under one <see cref="TissueHypothesis"/>: the simulator's bioheat solver on a coarse grid,
/// each probe's cold wall following the measured tip temperature. When a tip reading is missing the wall follows the
/// simulator's tip heat balance with the actual valves and pressures instead, so a failed tip sensor degrades the
/// estimate instead of stopping it. Not thread-safe: one thread advances and reads it.
/// </summary>
public sealed class ThermalModel
{
    private readonly TissueGrid _grid;
    private readonly ProbeCoupling[] _couplings;
    private readonly double[] _wallCelsius;
    private readonly double[] _wallPhi;
    private readonly double[] _heatWatts;
    private readonly Vector3[] _sensors;
    private readonly ProbeGasModel _gas = new();

    /// <summary>
    /// The estimator's grid. At 2 mm the -20 C radius moved by up to 1 mm with where a probe falls between cell centres;
    /// at 1.5 mm the fitted radius stays within 0.4 mm of a finer truth (docs/iceball.md), for about 4 times the work.
    /// </summary>
    public const double DefaultGridSpacingMm = 1.5;

    /// <summary>Tissue modelled beyond the probes and sensors (the far boundary is held at body temperature).</summary>
    public const double DefaultMarginMm = 25;

    /// <summary>
    /// Largest grid one model may have (about 18 MB of state; the ensemble holds 13): a layout whose probes and sensors
    /// spread wider is refused rather than let the estimate exhaust the controller's memory.
    /// </summary>
    public const int MaxCells = 1_500_000;

    public ThermalModel(IceballLayout layout, TissueProperties nominal, TissueHypothesis hypothesis, double gridSpacingMm = DefaultGridSpacingMm, double marginMm = DefaultMarginMm)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(hypothesis);
        Hypothesis = hypothesis;
        var simulation = layout.ToSimulation(hypothesis.Apply(nominal), gridSpacingMm, marginMm);
        simulation.Validate();
        _grid = new TissueGrid(simulation.CreateGrid(), new TissueEnthalpy(simulation.Tissue));
        _couplings = [.. simulation.Probes.Select(p => ProbeCoupling.Build(_grid.Geometry, p, _grid))];
        _wallCelsius = [.. simulation.Probes.Select(_ => simulation.Tissue.BodyCelsius)];
        _wallPhi = new double[_couplings.Length];
        _heatWatts = new double[_couplings.Length];
        _sensors = [.. layout.Sensors.Select(s => new Vector3((float)s.XMm, (float)s.YMm, (float)s.ZMm))];
    }

    public TissueHypothesis Hypothesis { get; }

    public TissueGrid Tissue => _grid;

    public double ElapsedSeconds { get; private set; }

    /// <summary>Model temperature (C) at the layout's sensor <paramref name="index"/> (in layout order).</summary>
    public double SensorCelsius(int index) => _grid.SampleCelsius(_sensors[index]);

    /// <summary>The model's wall temperature of a probe (layout order): the measured tip, or the modelled one.</summary>
    public double WallCelsius(int probe) => _wallCelsius[probe];

    /// <summary>Runs <paramref name="seconds"/> of tissue time with each probe (layout order) driven as given.</summary>
    public void Advance(double seconds, ReadOnlySpan<ProbeDrive> drives)
    {
        if (drives.Length != _couplings.Length)
        {
            throw new ArgumentException($"One drive per placed probe is needed ({_couplings.Length}), not {drives.Length}.", nameof(drives));
        }

        if (!(seconds > 0))
        {
            return;
        }

        int steps = (int)Math.Ceiling(seconds / _grid.StableStepSeconds);
        double dt = seconds / steps;
        double body = _grid.Law.Tissue.BodyCelsius;
        for (int s = 0; s < steps; s++)
        {
            for (int p = 0; p < _couplings.Length; p++)
            {
                _wallPhi[p] = _grid.Law.PhiFromTheta(_wallCelsius[p] - body);
            }

            _grid.Step(dt, _couplings, _wallPhi, _heatWatts);
            for (int p = 0; p < _couplings.Length; p++)
            {
                _wallCelsius[p] = double.IsFinite(drives[p].TipCelsius) ? drives[p].TipCelsius : ModelledWall(p, drives[p], dt);
            }
        }

        ElapsedSeconds += seconds;
    }

    /// <summary>The simulator's tip heat balance (<see cref="ProbeGasModel.NextTipCelsius"/>): what the wall does when nobody measures it.</summary>
    private double ModelledWall(int p, ProbeDrive drive, double dt)
    {
        // A supply pressure nobody could read is taken as nominal: the valves' state still says whether gas flows.
        double argonPsi = double.IsFinite(drive.ArgonPsi) ? drive.ArgonPsi : _gas.NominalArgonPsi;
        double thawPsi = double.IsFinite(drive.ThawPsi) ? drive.ThawPsi : _gas.NominalThawPsi;
        return _gas.NextTipCelsius(_wallCelsius[p], _heatWatts[p], drive.FreezeOpen, argonPsi, drive.ThawOpen, thawPsi, dt);
    }
}
