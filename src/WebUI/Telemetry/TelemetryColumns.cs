namespace CryoWeb.WebUI.Telemetry;

/// <summary>
/// Turns samples kept row by row (all channels of one time together, NaN for a faulted reading) into the per-channel
/// columns the chart wants, with null for NaN (JSON has no NaN, and a gap must never be drawn as zero).
/// </summary>
internal static class TelemetryColumns
{
    /// <param name="rows">Row-major samples in a ring of <paramref name="capacity"/> rows.</param>
    /// <param name="firstRow">Ring slot of the first sample wanted.</param>
    public static IReadOnlyList<IReadOnlyList<float?>> From(float[] rows, int channels, int firstRow, int count, int capacity)
    {
        var columns = new float?[channels][];
        for (int c = 0; c < channels; c++)
        {
            var column = new float?[count];
            for (int i = 0; i < count; i++)
            {
                float value = rows[(((firstRow + i) % capacity) * channels) + c];
                column[i] = float.IsNaN(value) ? null : value;
            }

            columns[c] = column;
        }

        return columns;
    }

    /// <summary>The times of <paramref name="count"/> samples from ring slot <paramref name="firstRow"/>.</summary>
    public static long[] Times(long[] times, int firstRow, int count)
    {
        var result = new long[count];
        for (int i = 0; i < count; i++)
        {
            result[i] = times[(firstRow + i) % times.Length];
        }

        return result;
    }

    /// <summary>A reading as the chart stores it: 0.01 °C is all the controller measures to; NaN stays NaN.</summary>
    public static float Reading(double celsius) =>
        double.IsFinite(celsius) ? (float)Math.Round(celsius, 2) : float.NaN;

    /// <summary>The lower of two readings, ignoring a NaN (faulted) one.</summary>
    public static float Lower(float a, float b) => float.IsNaN(a) ? b : float.IsNaN(b) ? a : Math.Min(a, b);

    /// <summary>The higher of two readings, ignoring a NaN (faulted) one.</summary>
    public static float Higher(float a, float b) => float.IsNaN(a) ? b : float.IsNaN(b) ? a : Math.Max(a, b);
}
