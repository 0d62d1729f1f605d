namespace CryoWeb.Hardware.Thermocouples.Max31856;

/// <summary>
/// The thermocouple bank on MAX31856 amplifiers. Owns its channels and the devices it is handed in
/// <c>ownedDevices</c> (SPI devices, a GPIO controller), and disposes them in that order after the channels,
/// so every chip select is driven High before its bus and controller go away.
/// </summary>
public sealed class Max31856ThermocoupleBank : IThermocoupleBank
{
    private readonly Max31856Channel[] _channels;
    private readonly IDisposable[] _ownedDevices;
    private bool _disposed;

    public Max31856ThermocoupleBank(
        IReadOnlyList<Max31856Channel> channels, IReadOnlyList<IDisposable>? ownedDevices = null)
    {
        ArgumentNullException.ThrowIfNull(channels);
        if (channels.Count == 0)
        {
            throw new ArgumentException("A thermocouple bank needs at least one channel.", nameof(channels));
        }

        _channels = new Max31856Channel[channels.Count];
        for (int i = 0; i < channels.Count; i++)
        {
            _channels[i] = channels[i]
                ?? throw new ArgumentException($"Thermocouple channel {i} is null.", nameof(channels));
        }

        _ownedDevices = ownedDevices is null ? [] : [.. ownedDevices];
    }

    public int ChannelCount => _channels.Length;

    public IReadOnlyList<Max31856Channel> Channels => _channels;

    /// <summary>Configures and verifies every amplifier, in channel order.</summary>
    /// <exception cref="Max31856ConfigurationException">The first amplifier that failed; its message names it.</exception>
    public void Configure()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        foreach (Max31856Channel channel in _channels)
        {
            channel.Configure();
        }
    }

    /// <summary>Reads one channel. Never throws for a device problem; an invalid index is a programming error.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not a channel of this bank.</exception>
    public ThermocoupleReading Read(int channel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(channel);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(channel, _channels.Length);
        return _channels[channel].Read();
    }

    /// <summary>Disposes every channel, then every owned device, even if one of them throws.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        List<Exception>? failures = null;
        foreach (IDisposable disposable in _channels.Concat(_ownedDevices))
        {
            try
            {
                disposable.Dispose();
            }
#pragma warning disable CA1031 // Keep going so every chip select and device is released; rethrown below.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                (failures ??= []).Add(ex);
            }
        }

        if (failures is not null)
        {
            throw new AggregateException("Releasing the MAX31856 thermocouple bank failed.", failures);
        }
    }
}
