using CryoWeb.Hardware.Pressure;
using CryoWeb.Hardware.Tests.Fakes;
using Iot.Device.Ads1115;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.Hardware.Tests.Pressure;

public sealed class Ads1115SupplyPressureSensorsTests : IDisposable
{
    // Config word of a single-shot read at 860 SPS, ±6.144 V, comparator disabled:
    // OS=1 | MUX (4 + input) << 12 | PGA 000 | MODE=1 | DR 111 << 5 | COMP_QUE 11.
    private const ushort ArgonConfig = 0xC1E3;   // MUX 100 = AIN0
    private const ushort ThawGasConfig = 0xD1E3; // MUX 101 = AIN1

    private static readonly DateTimeOffset Start = new(2025, 3, 14, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeAds1115Device _device = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly Ads1115SupplyPressureSensors _sensors;

    public Ads1115SupplyPressureSensorsTests()
    {
        _sensors = new Ads1115SupplyPressureSensors(
            _device,
            [
                new Ads1115PressureChannel(GasSupply.Argon, 0, new PressureTransducerScale()),
                new Ads1115PressureChannel(GasSupply.ThawGas, 1, new PressureTransducerScale()),
            ],
            _time);
        _device.ClearCounters();
    }

    public void Dispose()
    {
        _device.FailTransfers = false; // the binding's Dispose retries with 100 ms sleeps on a failing bus
        _sensors.Dispose();
    }

    [Fact]
    public void Each_supply_reads_its_own_input_with_exact_pressure()
    {
        _device.SetInputVolts(0, 3.0);  // code 16000 at ±6.144 V
        _device.SetInputVolts(1, 2.5);  // code round(13333.33) = 13333 -> 2.4999375 V
        _time.Advance(TimeSpan.FromMilliseconds(100));

        PressureReading argon = _sensors.Read(GasSupply.Argon);
        PressureReading thaw = _sensors.Read(GasSupply.ThawGas);

        Assert.Equal(new PressureReading(3750, 3.0, PressureFault.None, Start.AddMilliseconds(100)), argon);
        Assert.Equal(PressureFault.None, thaw.Fault);
        Assert.Equal(2.4999375, thaw.SignalVolts);
        Assert.Equal(2999.90625, thaw.Psi, precision: 9);
        Assert.Equal(Start.AddMilliseconds(100), thaw.Timestamp);
    }

    [Fact]
    public void Every_read_is_one_single_shot_conversion_of_the_right_input_at_the_six_volt_range()
    {
        _device.SetInputVolts(0, 1.0);
        _device.SetInputVolts(1, 1.0);

        _sensors.Read(GasSupply.Argon);
        _sensors.Read(GasSupply.ThawGas);
        _sensors.Read(GasSupply.ThawGas);

        Assert.Equal([ArgonConfig, ThawGasConfig, ThawGasConfig], _device.ConfigWrites);
        Assert.Equal(3, _device.ConversionReads);
        Assert.Equal(3, _device.ConfigReads); // one poll of the OS bit each: the fake converts at once
    }

    [Fact]
    public void The_binding_polls_the_busy_bit_until_the_conversion_is_done()
    {
        _device.SetInputVolts(0, 3.0);
        _device.BusyPollsPerConversion = 3;

        PressureReading reading = _sensors.Read(GasSupply.Argon);

        Assert.Equal(3750, reading.Psi);
        Assert.Equal(4, _device.ConfigReads);
        Assert.Equal(1, _device.ConversionReads);
    }

    [Fact]
    public void Reads_do_not_allocate_once_warm()
    {
        _device.SetInputVolts(0, 2.0);
        _device.SetInputVolts(1, 3.0);
        for (int i = 0; i < 2000; i++)
        {
            _sensors.Read(GasSupply.Argon);
            _sensors.Read(GasSupply.ThawGas);
        }

        _device.ClearCounters();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            _sensors.Read(GasSupply.Argon);
            _sensors.Read(GasSupply.ThawGas);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(2000, _device.ConversionReads);
    }

    [Theory]
    [InlineData(0.3, PressureFault.OpenWireOrShortToGround, 0.3)]       // code 1600
    [InlineData(4.7, PressureFault.ShortToSupply, 4.7000625)]          // code 25067
    [InlineData(5.0, PressureFault.ShortToSupply, 5.0000625)]          // code 26667
    [InlineData(7.0, PressureFault.ShortToSupply, 6.1438125)]          // saturated: code 32767
    public void Wiring_faults_are_reported_with_the_measured_signal(double inputVolts, PressureFault fault, double signalVolts)
    {
        _device.SetInputVolts(0, inputVolts);

        PressureReading reading = _sensors.Read(GasSupply.Argon);

        Assert.Equal(fault, reading.Fault);
        Assert.Equal(signalVolts, reading.SignalVolts, precision: 12);
        Assert.True(double.IsNaN(reading.Psi));
    }

    [Fact]
    public void Signal_inside_the_margin_is_clamped()
    {
        _device.SetInputVolts(0, 0.45); // code 2400 = 0.45 V

        Assert.Equal(new PressureReading(0, 0.45, PressureFault.None, Start), _sensors.Read(GasSupply.Argon));
    }

    [Fact]
    public void An_I2C_failure_is_a_bus_failure_reading_not_an_exception()
    {
        _device.SetInputVolts(0, 2.5);
        _device.FailTransfers = true;

        PressureReading failed = _sensors.Read(GasSupply.Argon);

        Assert.Equal(PressureFault.BusFailure, failed.Fault);
        Assert.True(double.IsNaN(failed.Psi));
        Assert.True(double.IsNaN(failed.SignalVolts));
        Assert.Equal(Start, failed.Timestamp);
        Assert.Equal(1, _sensors.BusFailureCount);
        Assert.IsType<IOException>(_sensors.LastBusError);

        _device.FailTransfers = false;
        Assert.Equal(PressureFault.None, _sensors.Read(GasSupply.Argon).Fault);
    }

    [Fact]
    public void A_supply_without_a_channel_is_not_fitted_and_causes_no_bus_traffic()
    {
        using var device = new FakeAds1115Device();
        using var sensors = new Ads1115SupplyPressureSensors(
            device, [new Ads1115PressureChannel(GasSupply.Argon, 2, new PressureTransducerScale())], _time);
        device.ClearCounters();

        PressureReading reading = sensors.Read(GasSupply.ThawGas);
        PressureReading unknown = sensors.Read((GasSupply)7);

        Assert.Equal(PressureFault.NotFitted, reading.Fault);
        Assert.True(double.IsNaN(reading.Psi));
        Assert.Equal(Start, reading.Timestamp);
        Assert.Equal(PressureFault.NotFitted, unknown.Fault);
        Assert.Empty(device.ConfigWrites);
        Assert.Equal(0, device.ConfigReads + device.ConversionReads);
    }

    [Fact]
    public void Dispose_releases_the_device_and_later_reads_are_bus_failures()
    {
        _sensors.Dispose();

        Assert.True(_device.IsDisposed);
        Assert.Equal(PressureFault.BusFailure, _sensors.Read(GasSupply.Argon).Fault);
    }

    [Fact]
    public void A_device_that_does_not_answer_at_start_up_fails_construction_with_bus_and_address()
    {
        using var device = new FakeAds1115Device { FailTransfers = true };

        var ex = Assert.Throws<IOException>(() => new Ads1115SupplyPressureSensors(
            device, [new Ads1115PressureChannel(GasSupply.Argon, 0, new PressureTransducerScale())], _time));

        Assert.StartsWith("The ADS1115 on I2C bus 1 address 0x48 did not accept its configuration", ex.Message, StringComparison.Ordinal);
        Assert.True(device.IsDisposed);
    }

    [Theory]
    [InlineData(0.5, 4.5, 0.1, MeasuringRange.FS6144)]
    [InlineData(0.5, 3.0, 0.1, MeasuringRange.FS4096)]
    [InlineData(0.0, 1.9, 0.1, MeasuringRange.FS2048)]
    [InlineData(0.0, 2.0, 0.048, MeasuringRange.FS4096)] // 2.048 V would saturate at 2.0479375 V, below the fault limit
    [InlineData(0.0, 0.2, 0.0, MeasuringRange.FS0256)]
    public void The_range_is_the_smallest_that_still_sees_a_short_to_supply(double minVolts, double maxVolts, double margin, MeasuringRange range)
    {
        var scale = new PressureTransducerScale(minVolts, maxVolts, 0, 100, margin);

        Assert.Equal(range, Ads1115SupplyPressureSensors.ChooseMeasuringRange(scale));
    }

    [Fact]
    public void A_transducer_beyond_the_largest_range_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => Ads1115SupplyPressureSensors.ChooseMeasuringRange(new PressureTransducerScale(0.5, 6.1, 0, 6000, 0.1)));

        Assert.StartsWith("A transducer signal up to 6.199999999999999 V", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Channel_configuration_errors_name_the_supply_and_input()
    {
        var scale = new PressureTransducerScale();

        Assert.Equal(
            "Argon pressure: ADS1115 input 4 does not exist (inputs are 0..3). (Parameter 'channels')",
            Reject([new(GasSupply.Argon, 4, scale)]));
        Assert.Equal(
            "ThawGas pressure is configured twice. (Parameter 'channels')",
            Reject([new(GasSupply.ThawGas, 0, scale), new(GasSupply.ThawGas, 1, scale)]));
        Assert.Equal(
            "ADS1115 input 2 is used by both Argon and ThawGas pressure. (Parameter 'channels')",
            Reject([new(GasSupply.Argon, 2, scale), new(GasSupply.ThawGas, 2, scale)]));
        Assert.Equal(
            "Pressure channel for unknown gas supply 9. (Parameter 'channels')",
            Reject([new((GasSupply)9, 0, scale)]));
        Assert.Equal("At least one pressure channel is needed. (Parameter 'channels')", Reject([]));
    }

    private string Reject(Ads1115PressureChannel[] channels)
    {
        using var device = new FakeAds1115Device();
        var ex = Assert.ThrowsAny<ArgumentException>(() => new Ads1115SupplyPressureSensors(device, channels, _time));
        Assert.Empty(device.ConfigWrites);
        return ex.Message;
    }
}
