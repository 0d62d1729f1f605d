namespace CryoWeb.Hardware.Thermocouples;

/// <summary>
/// N thermocouple channels (probe tips and thermal sensors). A device failure never throws: it is a fault in the
/// reading. Only a channel index outside 0..ChannelCount-1, a programming error, throws ArgumentOutOfRangeException.
/// </summary>
public interface IThermocoupleBank : IDisposable
{
    int ChannelCount { get; }

    /// <summary>Reads channel <paramref name="channel"/> (zero-based). Allocation-free.</summary>
    ThermocoupleReading Read(int channel);
}
