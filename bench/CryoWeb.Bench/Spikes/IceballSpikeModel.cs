using System.Numerics;
using CryoWeb.Thermal.Isotherms;
using CryoWeb.Thermal.Layout;
using CryoWeb.Thermal.Probes;
using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Bench.Spikes;

/// <summary>One candidate tissue of the spike: a coarse grid whose probe wall follows the measured tip temperature.</summary>
internal sealed class IceballSpikeModel
{
    private readonly TissueGrid _grid;
    private readonly ProbeCoupling[] _couplings;
    private readonly double[] _wallPhi = new double[1];
    private readonly double[] _heat = new double[1];
    private readonly SimulatedProbe _probe;

    public IceballSpikeModel(TissueProperties tissue, double perfusion, double conductivity, SimulatedProbe probe)
    {
        _probe = probe;
        Perfusion = perfusion;
        Conductivity = conductivity;
        var layout = new SimulationLayout { GridSpacingMm = 2, MarginMm = 30, Tissue = tissue, Probes = [probe] };
        _grid = new TissueGrid(layout.CreateGrid(), new TissueEnthalpy(tissue));
        _couplings = [ProbeCoupling.Build(_grid.Geometry, probe, _grid)];
    }

    public double Perfusion { get; }

    public double Conductivity { get; }

    public void Advance(double seconds, double tipCelsius)
    {
        _wallPhi[0] = _grid.Law.PhiFromTheta(tipCelsius - _grid.Law.Tissue.BodyCelsius);
        int steps = (int)Math.Ceiling(seconds / _grid.StableStepSeconds);
        for (int i = 0; i < steps; i++)
        {
            _grid.Step(seconds / steps, _couplings, _wallPhi, _heat);
        }
    }

    public double At(Vector3 mm)
    {
        var g = _grid.Geometry;
        int x = (int)Math.Round((mm.X - g.OriginMm.X) / g.SpacingMm), y = (int)Math.Round((mm.Y - g.OriginMm.Y) / g.SpacingMm), z = (int)Math.Round((mm.Z - g.OriginMm.Z) / g.SpacingMm);
        return _grid.CelsiusAt(g.Index(x, y, z));
    }

    public double RadiusMm(double celsius) => new IsothermMeasurer(_grid, [_probe]).Measure(celsius).DiameterMm / 2;
}
