using System.Numerics;
using CryoWeb.Thermal.Probes;

namespace CryoWeb.Thermal.Tissue;

/// <summary>
/// How a probe's cold wall exchanges heat with the grid cells around its active length.
/// The needle (radius r_w) is thinner than a cell, so it is a line sink smeared over a cylinder of radius R
/// (R = max(2 r_w, 1.5 cell)). Each cell at distance r from the axis is coupled to the wall with the
/// conductance that the exact steady radial solution gives, written with the Kirchhoff potential so it holds
/// for frozen and unfrozen tissue alike: G = 4 dV / (R^2 (2 ln(R/r_w) - 1 + r^2/R^2)).
/// The conductances are rescaled so that the coupled volume equals pi R^2 L whatever the probe's angle to the grid,
/// which keeps the result independent of the grid (see the convergence test).
/// </summary>
public sealed class ProbeCoupling
{
    private ProbeCoupling(int[] cellIndices, double[] conductancesMeters, double smearRadiusMm)
    {
        CellIndices = cellIndices;
        ConductancesMeters = conductancesMeters;
        SmearRadiusMm = smearRadiusMm;
        TotalConductanceMeters = conductancesMeters.Sum();
    }

    public int[] CellIndices { get; }

    /// <summary>Per cell: heat flow (W) per unit of Kirchhoff potential difference (W/m), i.e. metres.</summary>
    public double[] ConductancesMeters { get; }

    public double TotalConductanceMeters { get; }

    public double SmearRadiusMm { get; }

    public static ProbeCoupling Build(GridGeometry geometry, SimulatedProbe probe, TissueGrid? activate = null)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(probe);
        double wallRadius = probe.DiameterMm / 2;
        double radius = Math.Max(2 * wallRadius, 1.5 * geometry.SpacingMm);
        double logRatio = Math.Log(radius / wallRadius);
        var axis = probe.AxisUnit;
        var lo = Vector3.Min(probe.TipMm, probe.ActiveEndMm) - new Vector3((float)radius);
        var hi = Vector3.Max(probe.TipMm, probe.ActiveEndMm) + new Vector3((float)radius);
        int Cell(float mm, float origin, int count) => Math.Clamp((int)Math.Round((mm - origin) / geometry.SpacingMm), 1, count - 2);
        var cells = new List<int>();
        var weights = new List<double>();
        for (int z = Cell(lo.Z, geometry.OriginMm.Z, geometry.CountZ); z <= Cell(hi.Z, geometry.OriginMm.Z, geometry.CountZ); z++)
        {
            for (int y = Cell(lo.Y, geometry.OriginMm.Y, geometry.CountY); y <= Cell(hi.Y, geometry.OriginMm.Y, geometry.CountY); y++)
            {
                for (int x = Cell(lo.X, geometry.OriginMm.X, geometry.CountX); x <= Cell(hi.X, geometry.OriginMm.X, geometry.CountX); x++)
                {
                    var fromTip = geometry.CellCentreMm(x, y, z) - probe.TipMm;
                    double along = Vector3.Dot(fromTip, axis);
                    if (along < 0 || along > probe.ActiveLengthMm)
                    {
                        continue;
                    }

                    double r = (fromTip - (axis * (float)along)).Length();
                    if (r >= radius)
                    {
                        continue;
                    }

                    double ratio = r / radius;
                    cells.Add(geometry.Index(x, y, z));
                    weights.Add(4 / ((2 * logRatio) - 1 + (ratio * ratio)));
                    activate?.Activate(x, y, z);
                }
            }
        }

        if (cells.Count == 0)
        {
            throw new ArgumentException($"Probe '{probe.Name}' lies outside the tissue grid.", nameof(probe));
        }

        // Per cell G = w * dV / R^2; scale so the cells cover exactly pi R^2 L.
        double radiusMeters = radius * 1e-3;
        double cellVolume = geometry.CellVolumeCubicMeters;
        double coverage = Math.PI * radiusMeters * radiusMeters * probe.ActiveLengthMm * 1e-3 / (cells.Count * cellVolume);
        var conductances = weights.Select(w => w * cellVolume / (radiusMeters * radiusMeters) * coverage).ToArray();
        return new ProbeCoupling([.. cells], conductances, radius);
    }
}
