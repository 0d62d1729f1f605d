namespace CryoWeb.Controller.Storage;

/// <summary>
/// One stored sample of every channel of a procedure, in channel order, in degrees Celsius at 0.01 C resolution;
/// NaN where the reading was invalid. A row whose <see cref="Integrity"/> is <see cref="RecordIntegrity.Damaged"/>
/// holds no data: it marks where stored samples were found damaged (every value NaN), from its time until the next row.
/// <see cref="RecordIntegrity.Unverified"/> rows were written before checksums existed.
/// </summary>
public sealed record SampleRow(DateTimeOffset Time, IReadOnlyList<float> ChannelCelsius)
{
    public RecordIntegrity Integrity { get; init; } = RecordIntegrity.Verified;

    /// <summary>The marker of a damaged stretch of samples: every channel NaN.</summary>
    public static SampleRow Damaged(DateTimeOffset time, int channels)
    {
        var values = new float[channels];
        Array.Fill(values, float.NaN);
        return new SampleRow(time, values) { Integrity = RecordIntegrity.Damaged };
    }
}
