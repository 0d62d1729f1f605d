namespace CryoWeb.Hardware.Thermocouples;

/// <summary>
/// N thermocouple channels (probe tips and thermal sensors). Reads never throw: a failure is a fault in the reading.
/// </summary>
public interface IThermocoupleBank : IDisposable
{
    int ChannelCount { get; }

    /// <summary>Reads channel <paramref name="channel"/> (zero-based). Allocation-free.</summary>
    ThermocoupleReading Read(int channel);
}
