using System.Numerics;
using System.Runtime.InteropServices;

namespace CryoWeb.Thermal.Tissue;

/// <summary>
/// The tissue grid's state and the sweeps that advance it: per cell the enthalpy (the conserved quantity) and the
/// temperature and Kirchhoff potential recovered from it, all float32 relative to body temperature. One step is
/// <see cref="Conduct"/> on every slab, then <see cref="DrawHeatIntoProbes"/>, then <see cref="Recover"/> on every
/// slab; the slab sweeps are SIMD-vectorised and allocate nothing.
/// </summary>
internal sealed class TissueState
{
    /// <summary>Disturbances below this are flushed to exactly body temperature (keeps float denormals out of the sweeps).</summary>
    private const float NegligibleKelvin = 1e-6f;

    private readonly GridGeometry _geometry;
    private readonly TissueEnthalpy _law;
    private readonly float[] _enthalpy;
    private readonly float[] _theta;
    private readonly float[] _phi;

    public TissueState(GridGeometry geometry, TissueEnthalpy law)
    {
        _geometry = geometry;
        _law = law;
        _enthalpy = new float[geometry.CellCount];
        _theta = new float[geometry.CellCount];
        _phi = new float[geometry.CellCount];
    }

    /// <summary>Temperature minus body temperature (K) of every cell.</summary>
    public ReadOnlySpan<float> Theta => _theta;

    public float ThetaAt(int index) => _theta[index];

    public float PhiAt(int index) => _phi[index];

    /// <summary>Total enthalpy (J) of the tissue relative to body temperature: for energy-balance checks.</summary>
    public double TotalEnthalpyJoules()
    {
        double sum = 0;
        foreach (float h in _enthalpy)
        {
            sum += h;
        }

        return sum * _geometry.CellVolumeCubicMeters;
    }

    /// <summary>Writes the heat each probe took (W, averaged over the step) to <paramref name="heatIntoProbesWatts"/>.</summary>
    public void DrawHeatIntoProbes(ReadOnlySpan<ProbeCoupling> probes, ReadOnlySpan<double> wallPhi, double dtSeconds, Span<double> heatIntoProbesWatts)
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
        double volume = _geometry.CellVolumeCubicMeters;
        var cells = probe.CellIndices;
        var conductances = probe.ConductancesMeters;
        for (int i = 0; i < cells.Length; i++)
        {
            int cell = cells[i];
            double rate = dtSeconds * conductances[i] / volume;
            float drawn = (float)(rate * (_phi[cell] - wallPhi) / (1 + (rate * _law.DiffusivityAt(_theta[cell]))));
            _enthalpy[cell] -= drawn;
            drawnTotal += drawn;
        }

        return drawnTotal * volume / dtSeconds;
    }

    /// <summary>
    /// Adds to the enthalpy of slab <paramref name="z"/> (within <paramref name="region"/>) what conduction brings in
    /// and perfusion takes out over the step: <paramref name="conduction"/> is dt/dx^2, <paramref name="perfusion"/>
    /// dt omega rho_b c_b.
    /// </summary>
    public void Conduct(int z, ActiveRegion region, float conduction, float perfusion)
    {
        int sy = _geometry.StrideY;
        int sz = _geometry.StrideZ;
        ref float h = ref MemoryMarshal.GetArrayDataReference(_enthalpy);
        ref float t = ref MemoryMarshal.GetArrayDataReference(_theta);
        ref float f = ref MemoryMarshal.GetArrayDataReference(_phi);
        float solidus = (float)_law.SolidusTheta;
        float inverseRange = (float)(1 / _law.FreezingRangeKelvin);
        var vConduction = new Vector<float>(conduction);
        var vPerfusion = new Vector<float>(perfusion);
        var vSolidus = new Vector<float>(solidus);
        var vInverseRange = new Vector<float>(inverseRange);
        var six = new Vector<float>(6f);
        int width = Vector<float>.Count;
        for (int y = region.Y0; y <= region.Y1; y++)
        {
            int i = _geometry.Index(region.X0, y, z);
            int end = _geometry.Index(region.X1, y, z) + 1;
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

    /// <summary>Recovers the temperature and Kirchhoff potential of slab <paramref name="z"/> from its enthalpy.</summary>
    public void Recover(int z, ActiveRegion region)
    {
        ref float h = ref MemoryMarshal.GetArrayDataReference(_enthalpy);
        ref float t = ref MemoryMarshal.GetArrayDataReference(_theta);
        ref float f = ref MemoryMarshal.GetArrayDataReference(_phi);
        var law = _law;

        // The same float constants feed the SIMD lanes and the scalar tail, so both give bit-identical results
        // (a run does not depend on the machine's vector width).
        float hlS = (float)law.LiquidusEnthalpy, hsS = (float)law.SolidusEnthalpy;
        float icuS = (float)(1 / law.UnfrozenHeatCapacity), icmS = (float)(1 / law.MushyHeatCapacity), icfS = (float)(1 / law.FrozenHeatCapacity);
        float tlS = (float)law.LiquidusTheta, tsS = (float)law.SolidusTheta;
        float kuS = (float)law.UnfrozenConductivity, kfS = (float)law.FrozenConductivity;
        float plS = (float)law.LiquidusPhi, psS = (float)law.SolidusPhi;
        float curvatureS = (float)((law.UnfrozenConductivity - law.FrozenConductivity) / (2 * law.FreezingRangeKelvin));
        var hl = new Vector<float>(hlS);
        var hs = new Vector<float>(hsS);
        var inverseCu = new Vector<float>(icuS);
        var inverseCm = new Vector<float>(icmS);
        var inverseCf = new Vector<float>(icfS);
        var thetaL = new Vector<float>(tlS);
        var thetaS = new Vector<float>(tsS);
        var ku = new Vector<float>(kuS);
        var kf = new Vector<float>(kfS);
        var phiL = new Vector<float>(plS);
        var phiS = new Vector<float>(psS);
        var curvature = new Vector<float>(curvatureS);
        var negligible = new Vector<float>(NegligibleKelvin);
        int width = Vector<float>.Count;
        for (int y = region.Y0; y <= region.Y1; y++)
        {
            int i = _geometry.Index(region.X0, y, z);
            int end = _geometry.Index(region.X1, y, z) + 1;
            for (; i + width <= end; i += width)
            {
                nuint at = (nuint)i;
                var enthalpy = Vector.LoadUnsafe(ref h, at);
                var unfrozen = Vector.GreaterThanOrEqual(enthalpy, hl);
                var frozen = Vector.LessThan(enthalpy, hs);
                var thetaMushy = thetaL + ((enthalpy - hl) * inverseCm);
                var theta = Vector.ConditionalSelect(
                    unfrozen,
                    enthalpy * inverseCu,
                    Vector.ConditionalSelect(frozen, thetaS + ((enthalpy - hs) * inverseCf), thetaMushy));
                var below = thetaL - theta;
                var phiMushy = phiL - (ku * below) + (curvature * below * below);
                var phi = Vector.ConditionalSelect(
                    unfrozen,
                    ku * theta,
                    Vector.ConditionalSelect(frozen, phiS + (kf * (theta - thetaS)), phiMushy));
                var settled = Vector.LessThan(Vector.Abs(theta), negligible);
                Vector.ConditionalSelect(settled, Vector<float>.Zero, enthalpy).StoreUnsafe(ref h, at);
                Vector.ConditionalSelect(settled, Vector<float>.Zero, theta).StoreUnsafe(ref t, at);
                Vector.ConditionalSelect(settled, Vector<float>.Zero, phi).StoreUnsafe(ref f, at);
            }

            for (; i < end; i++)
            {
                float enthalpy = _enthalpy[i];
                bool unfrozen = enthalpy >= hlS;
                bool frozen = enthalpy < hsS;
                float thetaMushy = tlS + ((enthalpy - hlS) * icmS);
                float theta = unfrozen ? enthalpy * icuS : frozen ? tsS + ((enthalpy - hsS) * icfS) : thetaMushy;
                float below = tlS - theta;
                float phiMushy = plS - (kuS * below) + (curvatureS * below * below);
                float phi = unfrozen ? kuS * theta : frozen ? psS + (kfS * (theta - tsS)) : phiMushy;
                bool settled = MathF.Abs(theta) < NegligibleKelvin;
                _enthalpy[i] = settled ? 0 : enthalpy;
                _theta[i] = settled ? 0 : theta;
                _phi[i] = settled ? 0 : phi;
            }
        }
    }
}
