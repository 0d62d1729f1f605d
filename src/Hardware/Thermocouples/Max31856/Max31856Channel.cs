using System.Device.Spi;

namespace CryoWeb.Hardware.Thermocouples.Max31856;

/// <summary>
/// One MAX31856 amplifier: an <see cref="SpiDevice"/> (possibly shared with other channels on the same bus),
/// the <see cref="IChipSelect"/> that frames its transfers, and its settings. Call <see cref="Configure"/> once at
/// start-up, then <see cref="Read"/> once per control tick. Not thread-safe: one thread reads a bus.
/// Disposing releases the chip select (leaving it deselected), never the SpiDevice.
/// </summary>
public sealed class Max31856Channel : IDisposable
{
    /// <summary>Address byte plus CR0, CR1, MASK.</summary>
    private const int ConfigurationFrameLength = 4;

    /// <summary>Address byte plus CJTH, CJTL, LTCBH, LTCBM, LTCBL, SR.</summary>
    private const int MeasurementFrameLength = Max31856Decoder.FrameLength + 1;

    private readonly SpiDevice _spiDevice;
    private readonly IChipSelect _chipSelect;
    private readonly TimeProvider _timeProvider;
    private bool _disposed;

    public Max31856Channel(
        SpiDevice spiDevice,
        IChipSelect chipSelect,
        Max31856Settings settings,
        TimeProvider timeProvider,
        string name = "MAX31856")
    {
        ArgumentNullException.ThrowIfNull(spiDevice);
        ArgumentNullException.ThrowIfNull(chipSelect);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        settings.Validate();

        _spiDevice = spiDevice;
        _chipSelect = chipSelect;
        _timeProvider = timeProvider;
        Settings = settings;
        Name = name;
    }

    /// <summary>Wiring name used in error messages, e.g. "TS1".</summary>
    public string Name { get; }

    public Max31856Settings Settings { get; }

    /// <summary>
    /// Writes CR0, CR1 and MASK and reads them back. CR0 is first written with conversions stopped, because the
    /// datasheet allows changing the mains filter only in normally-off mode, then with automatic conversion on.
    /// </summary>
    /// <exception cref="Max31856ConfigurationException">
    /// The transfer failed, or a register read back differently (missing or miswired chip).
    /// </exception>
    public void Configure()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        byte cr0 = Max31856Encoder.EncodeCr0(Settings);
        byte cr1 = Max31856Encoder.EncodeCr1(Settings);
        const byte mask = Max31856Encoder.MaskNone;
        byte cr0Stopped = (byte)(cr0 & ~Max31856Encoder.Cr0AutomaticConversion);

        Span<byte> readBack = stackalloc byte[ConfigurationFrameLength];
        try
        {
            Write(stackalloc byte[] { Max31856Encoder.WriteAddress(Max31856Register.CR0), cr0Stopped, cr1, mask });
            Write(stackalloc byte[] { Max31856Encoder.WriteAddress(Max31856Register.CR0), cr0 });

            Span<byte> request = stackalloc byte[ConfigurationFrameLength];
            request[0] = Max31856Encoder.ReadAddress(Max31856Register.CR0);
            TransferFullDuplex(request, readBack);
        }
        catch (Exception ex) when (ex is not Max31856ConfigurationException)
        {
            throw new Max31856ConfigurationException(
                $"Thermocouple amplifier '{Name}' could not be configured: the SPI transfer failed ({ex.Message}).", ex);
        }

        Verify(Max31856Register.CR0, cr0, readBack[1]);
        Verify(Max31856Register.CR1, cr1, readBack[2]);
        Verify(Max31856Register.MASK, mask, readBack[3]);
    }

    /// <summary>
    /// Reads cold junction, linearised temperature and fault status in one transfer. Never throws and does not
    /// allocate: a failed transfer, a disposed channel or a frame of all 0xFF / all 0x00 is a
    /// <see cref="ThermocoupleFaults.BusFailure"/>; any fault status bit gives that fault with NaN temperatures.
    /// </summary>
    public ThermocoupleReading Read()
    {
        Span<byte> request = stackalloc byte[MeasurementFrameLength];
        Span<byte> response = stackalloc byte[MeasurementFrameLength];
        request[0] = Max31856Encoder.ReadAddress(Max31856Register.CJTH);

        bool transferred = !_disposed && TryTransferFullDuplex(request, response);
        DateTimeOffset timestamp = _timeProvider.GetUtcNow();
        return transferred
            ? Max31856Decoder.DecodeFrame(response[1..], timestamp)
            : ThermocoupleReading.Faulted(ThermocoupleFaults.BusFailure, timestamp);
    }

    /// <summary>Releases the chip select, which leaves it deselected. The SpiDevice is left to its owner.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _chipSelect.Dispose();
    }

    private bool TryTransferFullDuplex(ReadOnlySpan<byte> request, Span<byte> response)
    {
        try
        {
            TransferFullDuplex(request, response);
            return true;
        }
#pragma warning disable CA1031 // Read never throws: whatever the bus or the chip select throws is a bus failure.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private void TransferFullDuplex(ReadOnlySpan<byte> request, Span<byte> response)
    {
        try
        {
            _chipSelect.Select();
            _spiDevice.TransferFullDuplex(request, response);
        }
        finally
        {
            _chipSelect.Deselect();
        }
    }

    private void Write(ReadOnlySpan<byte> request)
    {
        try
        {
            _chipSelect.Select();
            _spiDevice.Write(request);
        }
        finally
        {
            _chipSelect.Deselect();
        }
    }

    private void Verify(Max31856Register register, byte written, byte readBack)
    {
        if (written == readBack)
        {
            return;
        }

        string hint = readBack switch
        {
            0xFF => "MISO reads high: no amplifier answers (missing, unpowered, or its chip select is not reaching it)",
            0x00 => "MISO reads low: no amplifier answers, or SDO is shorted low",
            _ => "another device answers on this chip select, or the transfer is corrupted (check SPI mode 1 or 3 and the clock)",
        };
        throw new Max31856ConfigurationException(
            $"Thermocouple amplifier '{Name}': register {register} (0x{(byte)register:X2}) read back 0x{readBack:X2} " +
            $"after writing 0x{written:X2}; {hint}.",
            register,
            written,
            readBack);
    }
}
