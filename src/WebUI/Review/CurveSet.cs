namespace CryoWeb.WebUI.Review;

/// <summary>
/// Curves of every channel on one time axis, as the review chart draws them. <see cref="Values"/>[c][i] is channel c at
/// <see cref="TimesMs"/>[i] (Unix milliseconds), in degrees Celsius, null where the reading was invalid (a gap).
/// When <see cref="Decimated"/>, each time bucket contributes the minimum and the maximum of every channel.
/// </summary>
public sealed record CurveSet(
    long FromMs,
    long ToMs,
    bool Decimated,
    int SampleCount,
    IReadOnlyList<string> Channels,
    IReadOnlyList<long> TimesMs,
    IReadOnlyList<IReadOnlyList<double?>> Values);
