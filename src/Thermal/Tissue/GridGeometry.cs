using System.Numerics;

namespace CryoWeb.Thermal.Tissue;

/// <summary>A uniform Cartesian grid of cubic cells. Positions are in millimetres; cell (0,0,0) is centred on <see cref="OriginMm"/>.</summary>
public sealed record GridGeometry(Vector3 OriginMm, double SpacingMm, int CountX, int CountY, int CountZ)
{
    public int CellCount => CountX * CountY * CountZ;

    public int StrideY => CountX;

    public int StrideZ => CountX * CountY;

    public double SpacingMeters => SpacingMm * 1e-3;

    public double CellVolumeCubicMeters => SpacingMeters * SpacingMeters * SpacingMeters;

    public Vector3 MaxMm => OriginMm + (new Vector3(CountX - 1, CountY - 1, CountZ - 1) * (float)SpacingMm);

    public int Index(int x, int y, int z) => x + (CountX * (y + (CountY * z)));

    public Vector3 CellCentreMm(int x, int y, int z) => OriginMm + (new Vector3(x, y, z) * (float)SpacingMm);

    /// <summary>
    /// The smallest grid with spacing <paramref name="spacingMm"/> that holds the box [min, max] plus
    /// <paramref name="marginMm"/> of tissue on every side.
    /// </summary>
    public static GridGeometry Enclosing(Vector3 minMm, Vector3 maxMm, double marginMm, double spacingMm)
    {
        if (!(spacingMm > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(spacingMm), spacingMm, "Grid spacing must be positive.");
        }

        var lo = minMm - new Vector3((float)marginMm);
        var hi = maxMm + new Vector3((float)marginMm);
        int Count(float span) => Math.Max(5, (int)Math.Ceiling(span / spacingMm) + 1);
        var counts = (X: Count(hi.X - lo.X), Y: Count(hi.Y - lo.Y), Z: Count(hi.Z - lo.Z));
        var centre = (lo + hi) / 2;
        var half = new Vector3(counts.X - 1, counts.Y - 1, counts.Z - 1) * (float)spacingMm / 2;
        return new GridGeometry(centre - half, spacingMm, counts.X, counts.Y, counts.Z);
    }
}
