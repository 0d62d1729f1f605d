using System.Numerics;

namespace CryoWeb.Thermal.Tissue;

/// <summary>
/// Pennes bioheat equation with phase change on a 3-D grid, explicit enthalpy scheme:
/// dh/dt = laplacian(phi) + f_liquid * omega rho_b c_b (T_a - T) + f_liquid * q_m, written relative to body temperature.
/// The outermost layer of cells is held at body temperature (far field). Probes exchange heat with cells through
/// <see cref="ProbeCoupling"/>. The state and its SIMD-vectorised sweeps are <see cref="TissueState"/>; only the
/// <see cref="ActiveRegion"/> (the disturbed cells) is swept, and it grows as the disturbance spreads.
/// </summary>
public sealed class TissueGrid
{
    private readonly TissueState _state;
    private readonly ParallelOptions _parallel;
    private ActiveRegion _region = ActiveRegion.Empty;

    public TissueGrid(GridGeometry geometry, TissueEnthalpy law, int maxDegreeOfParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(law);
        if (geometry.CountX < 3 || geometry.CountY < 3 || geometry.CountZ < 3)
        {
            throw new ArgumentException("The grid needs at least 3 cells along each axis.", nameof(geometry));
        }

        Geometry = geometry;
        Law = law;
        _state = new TissueState(geometry, law);
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxDegreeOfParallelism) };
        double dx = geometry.SpacingMeters;
        StableStepSeconds = 0.9 * dx * dx / ((6 * law.MaximumDiffusivity) + (law.PerfusionHeatCapacityRate / law.UnfrozenHeatCapacity * dx * dx));
    }

    public GridGeometry Geometry { get; }

    public TissueEnthalpy Law { get; }

    /// <summary>The largest time step for which the explicit scheme is stable, with a 10% margin.</summary>
    public double StableStepSeconds { get; }

    /// <summary>Cells updated in the last step (the disturbed region); for diagnostics and benchmarks.</summary>
    public long ActiveCellCount => _region.CellCount;

    /// <summary>Temperature (C) of one cell.</summary>
    public double CelsiusAt(int index) => _state.ThetaAt(index) + Law.Tissue.BodyCelsius;

    internal float ThetaAt(int index) => _state.ThetaAt(index);

    internal float PhiAt(int index) => _state.PhiAt(index);

    /// <summary>Marks a cell as one the solver must update from now on (e.g. cells coupled to a probe).</summary>
    public void Activate(int x, int y, int z)
    {
        _region.Include(x - 1, y - 1, z - 1, Geometry);
        _region.Include(x + 1, y + 1, z + 1, Geometry);
    }

    /// <summary>
    /// Advances the tissue by <paramref name="dtSeconds"/> (at most <see cref="StableStepSeconds"/>). Probe walls at
    /// Kirchhoff potentials <paramref name="wallPhi"/> draw heat; the heat each probe took (W, averaged over the step)
    /// is written to <paramref name="heatIntoProbesWatts"/>, exactly what the tissue lost to it.
    /// </summary>
    public void Step(double dtSeconds, ReadOnlySpan<ProbeCoupling> probes, ReadOnlySpan<double> wallPhi, Span<double> heatIntoProbesWatts)
    {
        heatIntoProbesWatts.Clear();
        if (!(dtSeconds > 0) || dtSeconds > StableStepSeconds * 1.0001)
        {
            throw new ArgumentOutOfRangeException(nameof(dtSeconds), dtSeconds, $"Step must be in (0, {StableStepSeconds:F4}] s for stability.");
        }

        if (_region.IsEmpty)
        {
            return;
        }

        var region = _region;
        double dx = Geometry.SpacingMeters;
        var conduction = (float)(dtSeconds / (dx * dx));
        var perfusion = (float)(dtSeconds * Law.PerfusionHeatCapacityRate);
        if (_parallel.MaxDegreeOfParallelism == 1)
        {
            // The live console's case: plain loops, nothing allocated per step (no closures, no tasks).
            for (int z = region.Z0; z <= region.Z1; z++)
            {
                _state.Conduct(z, region, conduction, perfusion);
            }

            _state.DrawHeatIntoProbes(probes, wallPhi, dtSeconds, heatIntoProbesWatts);
            for (int z = region.Z0; z <= region.Z1; z++)
            {
                _state.Recover(z, region);
            }
        }
        else
        {
            StepInParallel(region, conduction, perfusion, probes, wallPhi, dtSeconds, heatIntoProbesWatts);
        }

        _region.Grow(_state.Theta, Geometry);
    }

    /// <summary>Kept apart from <see cref="Step"/> so that the lambdas' closure is only allocated when running in parallel.</summary>
    private void StepInParallel(
        ActiveRegion region, float conduction, float perfusion, ReadOnlySpan<ProbeCoupling> probes, ReadOnlySpan<double> wallPhi, double dtSeconds, Span<double> heatIntoProbesWatts)
    {
        var state = _state;
        Parallel.For(region.Z0, region.Z1 + 1, _parallel, z => state.Conduct(z, region, conduction, perfusion));
        state.DrawHeatIntoProbes(probes, wallPhi, dtSeconds, heatIntoProbesWatts);
        Parallel.For(region.Z0, region.Z1 + 1, _parallel, z => state.Recover(z, region));
    }

    /// <summary>Temperature (C) at a point, trilinearly interpolated; body temperature outside the grid.</summary>
    public double SampleCelsius(Vector3 positionMm) => SampleTheta(positionMm) + Law.Tissue.BodyCelsius;

    internal double SampleTheta(Vector3 positionMm)
    {
        var g = (positionMm - Geometry.OriginMm) / (float)Geometry.SpacingMm;
        if (g.X < 0 || g.Y < 0 || g.Z < 0 || g.X > Geometry.CountX - 1 || g.Y > Geometry.CountY - 1 || g.Z > Geometry.CountZ - 1)
        {
            return 0;
        }

        int x = Math.Min((int)g.X, Geometry.CountX - 2);
        int y = Math.Min((int)g.Y, Geometry.CountY - 2);
        int z = Math.Min((int)g.Z, Geometry.CountZ - 2);
        double fx = g.X - x;
        double fy = g.Y - y;
        double fz = g.Z - z;
        int i = Geometry.Index(x, y, z);
        int sy = Geometry.StrideY;
        int sz = Geometry.StrideZ;
        var theta = _state.Theta;
        static double Lerp(double a, double b, double f) => a + ((b - a) * f);
        double c00 = Lerp(theta[i], theta[i + 1], fx);
        double c10 = Lerp(theta[i + sy], theta[i + sy + 1], fx);
        double c01 = Lerp(theta[i + sz], theta[i + sz + 1], fx);
        double c11 = Lerp(theta[i + sy + sz], theta[i + sy + sz + 1], fx);
        return Lerp(Lerp(c00, c10, fy), Lerp(c01, c11, fy), fz);
    }

    /// <summary>Total enthalpy (J) of the tissue relative to body temperature: for energy-balance checks.</summary>
    internal double TotalEnthalpyJoules() => _state.TotalEnthalpyJoules();

    /// <summary>Volume (mL) of tissue at or below <paramref name="celsius"/>.</summary>
    public double VolumeAtOrBelowMilliliters(double celsius)
    {
        float theta = (float)(celsius - Law.Tissue.BodyCelsius);
        if (theta >= 0 || _region.IsEmpty)
        {
            return theta >= 0 ? Geometry.CellCount * Geometry.CellVolumeCubicMeters * 1e6 : 0;
        }

        var cells = _state.Theta;
        long count = 0;
        for (int z = _region.Z0; z <= _region.Z1; z++)
        {
            for (int y = _region.Y0; y <= _region.Y1; y++)
            {
                int start = Geometry.Index(_region.X0, y, z);
                foreach (float value in cells.Slice(start, _region.X1 - _region.X0 + 1))
                {
                    if (value <= theta)
                    {
                        count++;
                    }
                }
            }
        }

        return count * Geometry.CellVolumeCubicMeters * 1e6;
    }
}
