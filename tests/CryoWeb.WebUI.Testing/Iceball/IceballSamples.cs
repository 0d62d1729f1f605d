using CryoWeb.Controller.Iceball;

namespace CryoWeb.WebUI.Tests.Iceball;

/// <summary>Hand-made layouts and estimates with known numbers, so a drawing can be checked point by point.</summary>
internal static class IceballSamples
{
    public static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Probe 1 on the y = 0 plane, tip 15 mm below the centre; probe 2 5 mm off it (y = 5), tip 20 mm below; sensors on
    /// channels 2 (above the target, 15 mm along the probes) and 3 (on the y = 0 plane, 2 mm along); an ellipsoidal
    /// target 10 x 8 x 12 mm with a 5 mm margin.
    /// </summary>
    public static IceballLayout Layout { get; } = new(
        [new ProbePlacement(1, -6, 0, -15, 30), new ProbePlacement(2, 6, 5, -20, 30)],
        [new SensorPlacement(2, 0, 12, 15), new SensorPlacement(3, -20, 0, 2)],
        new TargetShape(10, 8, 12, 5));

    /// <summary>Segments per isotherm (0, −20, −40 °C) in the across plane and the along plane.</summary>
    public static readonly int[] AcrossSegments = [3, 2, 1];

    public static readonly int[] AlongSegments = [4, 1, 0];

    /// <summary>An estimate of <see cref="Layout"/> with ±40 mm planes whose segments run from (k, k + 1) to (k + 2, k + 3.5).</summary>
    public static IceballEstimate Estimate(DateTimeOffset? time = null, double smallestMinus40MarginMm = -2.1) => new(
        time ?? Noon,
        12.5,
        Layout,
        [
            new IsothermSize(0, 38.2, 45.1, 30.5, 100, 6.4),
            new IsothermSize(-20, 27.9, 36.4, 14.25, 92.3, 1.2),
            new IsothermSize(-40, 18.1, 24, 4.1, 61, smallestMinus40MarginMm),
        ],
        [
            new IsothermPlane("Across the probes (z = 0)", "x", "y", 40, Contours(AcrossSegments)),
            new IsothermPlane("Along the probes (y = 0)", "x", "z", 40, Contours(AlongSegments)),
        ],
        new ModelAgreement(0.84, 2.31, 1.15, 2, [new SensorAgreement(2, -12.4, -11.9, -6.2), new SensorAgreement(3, 21.5, double.NaN, double.NaN)]));

    /// <summary>The first segment of the isotherm with <paramref name="index"/> in the standard order.</summary>
    public static float[] FirstSegment(int index) => [index, index + 1, index + 2, index + 3.5f];

    private static IReadOnlyList<IsothermContour> Contours(int[] segments) =>
        [.. IceballEstimate.StandardCelsius.Select((celsius, i) => new IsothermContour(
            celsius,
            [.. Enumerable.Range(0, segments[i]).SelectMany(k => new[] { i + k, i + k + 1, i + k + 2, i + k + 3.5f })]))];
}
