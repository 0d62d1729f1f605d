using System.Device.I2c;
using Iot.Device.Ads1115;

namespace CryoWeb.Hardware.Pressure;

/// <summary>
/// Supply pressure transducers on one ADS1115 (Iot.Device.Bindings 4.2.0), each on a single-ended input, read in
/// single-shot mode: every <see cref="Read"/> starts one conversion and waits for it (see Pressure/README.md).
/// Reads never throw: a failed I2C transfer is <see cref="PressureFault.BusFailure"/>, a supply without a channel is
/// <see cref="PressureFault.NotFitted"/>.
/// </summary>
public sealed class Ads1115SupplyPressureSensors : ISupplyPressureSensors
{
    private const double CodesPerFullScale = 32768.0;

    private readonly Ads1115 _adc;
    private readonly TimeProvider _timeProvider;
    private readonly DataRate _dataRate;
    private readonly Ads1115ChannelSetup?[] _bySupply;
    private readonly Lock _gate = new();
    private bool _disposed;
    private Exception? _lastBusError;
    private long _busFailureCount;

    /// <summary>Configures the ADC for the first channel. Takes ownership of <paramref name="device"/>.</summary>
    /// <param name="device">The ADS1115 on its I2C bus and address (disposed with this object, or if this constructor throws
    /// after validating its arguments).</param>
    /// <param name="channels">At most one channel per supply and per input.</param>
    /// <param name="timeProvider">Clock for reading timestamps.</param>
    /// <param name="dataRate">Conversion rate; the default 860 SPS keeps each single-shot read at about 1.2 ms of conversion.</param>
    /// <exception cref="ArgumentException">No channel, a supply or input used twice, an input outside 0..3, an unknown
    /// supply, or a transducer whose signal plus fault margin exceeds the ADC's largest range.</exception>
    /// <exception cref="IOException">The ADC did not accept its configuration.</exception>
    public Ads1115SupplyPressureSensors(
        I2cDevice device,
        IEnumerable<Ads1115PressureChannel> channels,
        TimeProvider timeProvider,
        DataRate dataRate = DataRate.SPS860)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _bySupply = Validate(channels);
        _timeProvider = timeProvider;
        _dataRate = dataRate;

        Ads1115ChannelSetup first = _bySupply.First(c => c is not null)!;
        try
        {
            _adc = new Ads1115(device, first.Input, first.Range, dataRate, DeviceMode.PowerDown);
        }
        catch (Exception ex)
        {
            I2cConnectionSettings? settings = device.ConnectionSettings;
            device.Dispose();
            throw new IOException(
                $"The ADS1115 on I2C bus {settings?.BusId} address 0x{settings?.DeviceAddress:X2} did not accept its configuration: {ex.Message}",
                ex);
        }
    }

    /// <summary>Number of reads that failed on the bus (diagnostics).</summary>
    public long BusFailureCount => Interlocked.Read(ref _busFailureCount);

    /// <summary>The exception of the last failed read, for the log; null if none failed.</summary>
    public Exception? LastBusError => Volatile.Read(ref _lastBusError);

    /// <summary>
    /// The smallest ADS1115 range whose largest code is still above <paramref name="scale"/>'s highest valid signal,
    /// so that a short to the supply reads as such instead of saturating inside the valid span.
    /// </summary>
    /// <exception cref="ArgumentException">No range is large enough (more than about 6.14 V).</exception>
    public static MeasuringRange ChooseMeasuringRange(PressureTransducerScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ReadOnlySpan<MeasuringRange> smallestFirst =
        [
            MeasuringRange.FS0256, MeasuringRange.FS0512, MeasuringRange.FS1024,
            MeasuringRange.FS2048, MeasuringRange.FS4096, MeasuringRange.FS6144,
        ];
        foreach (MeasuringRange range in smallestFirst)
        {
            double largestVolts = FullScaleMillivolts(range) * (CodesPerFullScale - 1) / CodesPerFullScale / 1000.0;
            if (largestVolts > scale.HighestValidVolts)
            {
                return range;
            }
        }

        throw new ArgumentException(
            $"A transducer signal up to {scale.HighestValidVolts} V (MaxVolts plus fault margin) is beyond the ADS1115's " +
            "largest range (6.144 V); scale the signal down with a divider and give the scale in volts at the ADC pin.",
            nameof(scale));
    }

    /// <summary>Full-scale voltage of an ADS1115 range in millivolts (datasheet PGA table).</summary>
    public static int FullScaleMillivolts(MeasuringRange range) => range switch
    {
        MeasuringRange.FS6144 => 6144,
        MeasuringRange.FS4096 => 4096,
        MeasuringRange.FS2048 => 2048,
        MeasuringRange.FS1024 => 1024,
        MeasuringRange.FS0512 => 512,
        MeasuringRange.FS0256 => 256,
        _ => throw new ArgumentOutOfRangeException(nameof(range), range, "Unknown ADS1115 measuring range."),
    };

    /// <inheritdoc/>
    public PressureReading Read(GasSupply supply)
    {
        int index = (int)supply;
        Ads1115ChannelSetup? channel = (uint)index < (uint)_bySupply.Length ? _bySupply[index] : null;
        if (channel is null)
        {
            return PressureReading.Faulted(PressureFault.NotFitted, double.NaN, _timeProvider.GetUtcNow());
        }

        short raw;
        lock (_gate)
        {
            if (_disposed)
            {
                return PressureReading.Faulted(PressureFault.BusFailure, double.NaN, _timeProvider.GetUtcNow());
            }

            try
            {
                raw = _adc.ReadRaw(channel.Input, channel.Range, _dataRate);
            }
            catch (Exception ex)
            {
                // I2C/IO errors, the binding's TimeoutException when the conversion never completes: all are a bus failure.
                Volatile.Write(ref _lastBusError, ex);
                Interlocked.Increment(ref _busFailureCount);
                return PressureReading.Faulted(PressureFault.BusFailure, double.NaN, _timeProvider.GetUtcNow());
            }
        }

        // Integer millivolts keep raw * full scale exact; only the final division rounds.
        double volts = raw * (double)channel.FullScaleMillivolts / CodesPerFullScale / 1000.0;
        return channel.Scale.Convert(volts, _timeProvider.GetUtcNow());
    }

    /// <summary>Releases the ADC and its I2C device. Never throws.</summary>
    /// <remarks>The binding's Dispose writes the comparator thresholds; on a dead bus it retries three times with
    /// 100 ms sleeps before giving up, so disposing with a failed bus takes about 0.3 s.</remarks>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            try
            {
                _adc.Dispose();
            }
            catch (Exception)
            {
                // The device is being released anyway.
            }
        }
    }

    private static Ads1115ChannelSetup?[] Validate(IEnumerable<Ads1115PressureChannel> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        GasSupply[] supplies = Enum.GetValues<GasSupply>();
        Ads1115ChannelSetup?[] bySupply = new Ads1115ChannelSetup?[supplies.Length];
        GasSupply?[] supplyByInput = new GasSupply?[4];
        foreach (Ads1115PressureChannel? channel in channels)
        {
            if (channel is null || channel.Scale is null)
            {
                throw new ArgumentException("A pressure channel or its transducer scale is missing.", nameof(channels));
            }

            int index = (int)channel.Supply;
            if (!Enum.IsDefined(channel.Supply) || index >= bySupply.Length)
            {
                throw new ArgumentException($"Pressure channel for unknown gas supply {channel.Supply}.", nameof(channels));
            }

            if (channel.Input is < 0 or > 3)
            {
                throw new ArgumentException(
                    $"{channel.Supply} pressure: ADS1115 input {channel.Input} does not exist (inputs are 0..3).", nameof(channels));
            }

            if (bySupply[index] is not null)
            {
                throw new ArgumentException($"{channel.Supply} pressure is configured twice.", nameof(channels));
            }

            if (supplyByInput[channel.Input] is { } other)
            {
                throw new ArgumentException(
                    $"ADS1115 input {channel.Input} is used by both {other} and {channel.Supply} pressure.", nameof(channels));
            }

            MeasuringRange range = ChooseMeasuringRange(channel.Scale);
            supplyByInput[channel.Input] = channel.Supply;
            bySupply[index] = new Ads1115ChannelSetup(
                InputMultiplexer.AIN0 + channel.Input, range, FullScaleMillivolts(range), channel.Scale);
        }

        if (Array.TrueForAll(bySupply, c => c is null))
        {
            throw new ArgumentException("At least one pressure channel is needed.", nameof(channels));
        }

        return bySupply;
    }
}
