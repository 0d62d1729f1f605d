using System.Numerics;

namespace CryoWeb.Thermal.Probes;

/// <summary>A cryoprobe placed in the simulated tissue: where it is and how big its freezing zone is.</summary>
public sealed record SimulatedProbe
{
    public string Name { get; init; } = "Probe";

    /// <summary>Position of the needle tip (mm).</summary>
    public Vector3 TipMm { get; init; }

    /// <summary>Direction from the tip back along the shaft towards the handle (any length; normalised on use).</summary>
    public Vector3 TowardHandle { get; init; } = Vector3.UnitZ;

    /// <summary>Length of the freezing zone measured back from the tip.</summary>
    public double ActiveLengthMm { get; init; } = 30;

    public double DiameterMm { get; init; } = 1.5;

    public Vector3 AxisUnit => Vector3.Normalize(TowardHandle);

    public Vector3 ActiveCentreMm => TipMm + (AxisUnit * (float)(ActiveLengthMm / 2));

    public Vector3 ActiveEndMm => TipMm + (AxisUnit * (float)ActiveLengthMm);

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first bad property, prefixed with <paramref name="path"/>.</summary>
    public void Validate(string path)
    {
        if (!float.IsFinite(TowardHandle.X + TowardHandle.Y + TowardHandle.Z) || TowardHandle.Length() < 1e-6f)
        {
            throw new ArgumentException($"{path}.TowardHandle must be a non-zero direction.", path);
        }

        if (!float.IsFinite(TipMm.X + TipMm.Y + TipMm.Z))
        {
            throw new ArgumentException($"{path}.TipMm must be finite.", path);
        }

        if (!(ActiveLengthMm is >= 2 and <= 100))
        {
            throw new ArgumentException($"{path}.ActiveLengthMm must be between 2 and 100 mm, not {ActiveLengthMm}.", path);
        }

        if (!(DiameterMm is >= 0.5 and <= 6))
        {
            throw new ArgumentException($"{path}.DiameterMm must be between 0.5 and 6 mm, not {DiameterMm}.", path);
        }
    }
}
