using System.Numerics;
using System.Runtime.InteropServices;

namespace CryoWeb.Thermal.Tissue;

/// <summary>
/// Pennes bioheat equation with phase change on a 3-D grid, explicit enthalpy scheme:
/// dh/dt = laplacian(phi) + f_liquid * omega rho_b c_b (T_a - T) + f_liquid * q_m, written relative to body temperature.
/// The outermost layer of cells is held at body temperature (far field). Probes exchange heat with cells through
/// <see cref="ProbeCoupling"/>. State is float32 and the sweeps are SIMD-vectorised.
/// </summary>
public sealed partial class TissueGrid
{
    private readonly float[] _enthalpy;
    private readonly float[] _theta;
    private readonly float[] _phi;
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
        _enthalpy = new float[geometry.CellCount];
        _theta = new float[geometry.CellCount];
        _phi = new float[geometry.CellCount];
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
    public double CelsiusAt(int index) => _theta[index] + Law.Tissue.BodyCelsius;

    internal float ThetaAt(int index) => _theta[index];

    internal float PhiAt(int index) => _phi[index];

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
                AccumulateSlab(z, region, conduction, perfusion);
            }

            DrawHeatIntoProbes(probes, wallPhi, dtSeconds, heatIntoProbesWatts);
            for (int z = region.Z0; z <= region.Z1; z++)
            {
                UpdateSlabState(z, region);
            }
        }
        else
        {
            StepInParallel(region, conduction, perfusion, probes, wallPhi, dtSeconds, heatIntoProbesWatts);
        }

        GrowRegion();
    }

    /// <summary>Kept apart from <see cref="Step"/> so that the lambdas' closure is only allocated when running in parallel.</summary>
    private void StepInParallel(
        ActiveRegion region, float conduction, float perfusion, ReadOnlySpan<ProbeCoupling> probes, ReadOnlySpan<double> wallPhi, double dtSeconds, Span<double> heatIntoProbesWatts)
    {
        Parallel.For(region.Z0, region.Z1 + 1, _parallel, z => AccumulateSlab(z, region, conduction, perfusion));
        DrawHeatIntoProbes(probes, wallPhi, dtSeconds, heatIntoProbesWatts);
        Parallel.For(region.Z0, region.Z1 + 1, _parallel, z => UpdateSlabState(z, region));
    }

    private void DrawHeatIntoProbes(ReadOnlySpan<ProbeCoupling> probes, ReadOnlySpan<double> wallPhi, double dtSeconds, Span<double> heatIntoProbesWatts)
    {
        for (int p = 0; p < probes.Length; p++)
        {
            heatIntoProbesWatts[p] = DrawHeatIntoProbe(probes[p], wallPhi[p], dtSeconds);
        }
    }

    /// <summary>
    /// Takes heat from the coupled cells, point-implicitly (damped by the cell's own response, so the stiff coupling
    /// near the needle is stable at the conduction time step), and returns the power taken (W).
    /// </summary>
    private double DrawHeatIntoProbe(ProbeCoupling probe, double wallPhi, double dtSeconds)
    {
        double drawnTotal = 0;
        double volume = Geometry.CellVolumeCubicMeters;
        var cells = probe.CellIndices;
        var conductances = probe.ConductancesMeters;
        for (int i = 0; i < cells.Length; i++)
        {
            int cell = cells[i];
            double rate = dtSeconds * conductances[i] / volume;
            float drawn = (float)(rate * (_phi[cell] - wallPhi) / (1 + (rate * Law.DiffusivityAt(_theta[cell]))));
            _enthalpy[cell] -= drawn;
            drawnTotal += drawn;
        }

        return drawnTotal * volume / dtSeconds;
    }

    private void AccumulateSlab(int z, ActiveRegion region, float conduction, float perfusion)
    {
        int sy = Geometry.StrideY;
        int sz = Geometry.StrideZ;
        ref float h = ref MemoryMarshal.GetArrayDataReference(_enthalpy);
        ref float t = ref MemoryMarshal.GetArrayDataReference(_theta);
        ref float f = ref MemoryMarshal.GetArrayDataReference(_phi);
        float solidus = (float)Law.SolidusTheta;
        float inverseRange = (float)(1 / Law.FreezingRangeKelvin);
        var vConduction = new Vector<float>(conduction);
        var vPerfusion = new Vector<float>(perfusion);
        var vSolidus = new Vector<float>(solidus);
        var vInverseRange = new Vector<float>(inverseRange);
        var six = new Vector<float>(6f);
        int width = Vector<float>.Count;
        for (int y = region.Y0; y <= region.Y1; y++)
        {
            int i = Geometry.Index(region.X0, y, z);
            int end = Geometry.Index(region.X1, y, z) + 1;
            for (; i + width <= end; i += width)
            {
                nuint at = (nuint)i;
                var centre = Vector.LoadUnsafe(ref f, at);
                var laplacian = Vector.LoadUnsafe(ref f, at - 1) + Vector.LoadUnsafe(ref f, at + 1)
                    + Vector.LoadUnsafe(ref f, at - (nuint)sy) + Vector.LoadUnsafe(ref f, at + (nuint)sy)
                    + Vector.LoadUnsafe(ref f, at - (nuint)sz) + Vector.LoadUnsafe(ref f, at + (nuint)sz)
                    - (six * centre);
                var theta = Vector.LoadUnsafe(ref t, at);
                var liquid = Vector.Min(Vector.Max((theta - vSolidus) * vInverseRange, Vector<float>.Zero), Vector<float>.One);
                var next = Vector.LoadUnsafe(ref h, at) + (vConduction * laplacian) - (vPerfusion * liquid * theta);
                next.StoreUnsafe(ref h, at);
            }

            for (; i < end; i++)
            {
                float laplacian = _phi[i - 1] + _phi[i + 1] + _phi[i - sy] + _phi[i + sy] + _phi[i - sz] + _phi[i + sz] - (6 * _phi[i]);
                float liquid = Math.Clamp((_theta[i] - solidus) * inverseRange, 0f, 1f);
                _enthalpy[i] = _enthalpy[i] + (conduction * laplacian) - (perfusion * liquid * _theta[i]);
            }
        }
    }
}
