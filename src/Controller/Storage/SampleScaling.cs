namespace CryoWeb.Controller.Storage;

/// <summary>
/// Temperatures are stored as int16 hundredths of a degree Celsius (0.01 C per LSB). An invalid reading (NaN or
/// infinite) is stored as <see cref="InvalidRaw"/>; finite values beyond the range clamp to +-327.66 C.
/// </summary>
internal static class SampleScaling
{
    public const short InvalidRaw = short.MinValue;

    public const short MaxRaw = 32766;

    public const float CelsiusPerLsb = 0.01f;

    public static short ToRaw(float celsius)
    {
        if (!float.IsFinite(celsius))
        {
            return InvalidRaw;
        }

        var scaled = Math.Round(celsius * 100.0, MidpointRounding.AwayFromZero);
        return (short)Math.Clamp(scaled, -MaxRaw, MaxRaw);
    }

    public static float ToCelsius(short raw) => raw == InvalidRaw ? float.NaN : raw / 100f;
}
