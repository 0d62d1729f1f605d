using System.Numerics;
using System.Runtime.InteropServices;

namespace CryoWeb.Thermal.Tissue;

/// <summary>State recovery (enthalpy to temperature and Kirchhoff potential), region growth and sampling.</summary>
public sealed partial class TissueGrid
{
    /// <summary>Disturbances below this are flushed to exactly body temperature (keeps float denormals out of the sweeps).</summary>
    private const float NegligibleKelvin = 1e-6f;

    /// <summary>A region face whose cells all lie within this of body temperature does not grow the region.</summary>
    private const float DisturbanceKelvin = 1e-4f;

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
        double Lerp(double a, double b, double f) => a + ((b - a) * f);
        double c00 = Lerp(_theta[i], _theta[i + 1], fx);
        double c10 = Lerp(_theta[i + sy], _theta[i + sy + 1], fx);
        double c01 = Lerp(_theta[i + sz], _theta[i + sz + 1], fx);
        double c11 = Lerp(_theta[i + sy + sz], _theta[i + sy + sz + 1], fx);
        return Lerp(Lerp(c00, c10, fy), Lerp(c01, c11, fy), fz);
    }

    /// <summary>Total enthalpy (J) of the tissue relative to body temperature: for energy-balance checks.</summary>
    internal double TotalEnthalpyJoules()
    {
        double sum = 0;
        foreach (float h in _enthalpy)
        {
            sum += h;
        }

        return sum * Geometry.CellVolumeCubicMeters;
    }

    /// <summary>Volume (mL) of tissue at or below <paramref name="celsius"/>.</summary>
    public double VolumeAtOrBelowMilliliters(double celsius)
    {
        float theta = (float)(celsius - Law.Tissue.BodyCelsius);
        if (theta >= 0 || _region.IsEmpty)
        {
            return theta >= 0 ? Geometry.CellCount * Geometry.CellVolumeCubicMeters * 1e6 : 0;
        }

        long count = 0;
        for (int z = _region.Z0; z <= _region.Z1; z++)
        {
            for (int y = _region.Y0; y <= _region.Y1; y++)
            {
                int start = Geometry.Index(_region.X0, y, z);
                foreach (float value in _theta.AsSpan(start, _region.X1 - _region.X0 + 1))
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

    private void UpdateSlabState(int z, ActiveRegion region)
    {
        ref float h = ref MemoryMarshal.GetArrayDataReference(_enthalpy);
        ref float t = ref MemoryMarshal.GetArrayDataReference(_theta);
        ref float f = ref MemoryMarshal.GetArrayDataReference(_phi);
        var law = Law;

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
            int i = Geometry.Index(region.X0, y, z);
            int end = Geometry.Index(region.X1, y, z) + 1;
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

    private void GrowRegion()
    {
        var g = Geometry;
        ref var r = ref _region;
        bool Disturbed(int x0, int x1, int y0, int y1, int z0, int z1)
        {
            for (int z = z0; z <= z1; z++)
            {
                for (int y = y0; y <= y1; y++)
                {
                    if (_theta.AsSpan(g.Index(x0, y, z), x1 - x0 + 1).ContainsAnyExceptInRange(-DisturbanceKelvin, DisturbanceKelvin))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        int x0 = r.X0, x1 = r.X1, y0 = r.Y0, y1 = r.Y1, z0 = r.Z0, z1 = r.Z1;
        if (x0 > 1 && Disturbed(x0, x0, y0, y1, z0, z1))
        {
            r.X0--;
        }

        if (x1 < g.CountX - 2 && Disturbed(x1, x1, y0, y1, z0, z1))
        {
            r.X1++;
        }

        if (y0 > 1 && Disturbed(x0, x1, y0, y0, z0, z1))
        {
            r.Y0--;
        }

        if (y1 < g.CountY - 2 && Disturbed(x0, x1, y1, y1, z0, z1))
        {
            r.Y1++;
        }

        if (z0 > 1 && Disturbed(x0, x1, y0, y1, z0, z0))
        {
            r.Z0--;
        }

        if (z1 < g.CountZ - 2 && Disturbed(x0, x1, y0, y1, z1, z1))
        {
            r.Z1++;
        }
    }
}
