namespace CryoWeb.Controller.Storage;

/// <summary>
/// One stored sample of every channel of a procedure, in channel order, in degrees Celsius at 0.01 C resolution;
/// NaN where the reading was invalid.
/// </summary>
public sealed record SampleRow(DateTimeOffset Time, IReadOnlyList<float> ChannelCelsius);
