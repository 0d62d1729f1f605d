using CryoWeb.Hardware.Thermocouples;
using CryoWeb.Hardware.Thermocouples.Max31856;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.Hardware.Tests.Thermocouples;

public sealed class Max31856ChannelReadTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 4, 9, 30, 0, TimeSpan.Zero);
    private readonly FakeMax31856SpiDevice _spi = new();
    private readonly FakeTimeProvider _time = new(Start);

    public void Dispose() => _spi.Dispose();

    [Fact]
    public void Reads_temperature_and_cold_junction_in_one_transfer_from_CJTH()
    {
        using Max31856Channel channel = CreateChannel();
        _spi.SetMeasurement(0x19, 0x00, 0xF3, 0x80, 0x00, 0x00); // CJ +25 C, TC -200 C, no fault

        ThermocoupleReading reading = channel.Read();

        Assert.Equal(new ThermocoupleReading(-200.0, 25.0, ThermocoupleFaults.None, Start), reading);
        Assert.Equal(1, _spi.TransferCount);
        Assert.Equal((byte)0x0A, _spi.LastReadAddress);
        Assert.Equal(7, _spi.LastReadLength);
        Assert.Empty(_spi.Writes);
    }

    [Theory]
    [InlineData(0x64, 0x00, 0x00, 1600.0)]
    [InlineData(0x06, 0x4F, 0x00, 100.9375)]
    [InlineData(0x00, 0x00, 0x20, 0.0078125)]
    [InlineData(0xFF, 0xFF, 0xE0, -0.0078125)]
    [InlineData(0xFD, 0x80, 0x00, -40.0)]
    [InlineData(0xF6, 0xF0, 0x00, -145.0)]
    [InlineData(0xF0, 0x60, 0x00, -250.0)]
    public void Reads_datasheet_vectors_through_the_bus(byte ltcbh, byte ltcbm, byte ltcbl, double celsius)
    {
        using Max31856Channel channel = CreateChannel();
        _spi.SetMeasurement(0xE7, 0x00, ltcbh, ltcbm, ltcbl, 0x00); // CJ -25 C

        ThermocoupleReading reading = channel.Read();

        Assert.True(reading.IsValid);
        Assert.Equal(celsius, reading.TemperatureCelsius);
        Assert.Equal(-25.0, reading.ColdJunctionCelsius);
    }

    [Fact]
    public void Minus_40_reads_as_minus_40_not_as_the_Iot_Device_Bindings_sign_magnitude_value()
    {
        using Max31856Channel channel = CreateChannel();
        _spi.SetMeasurement(0x19, 0x00, 0xFD, 0x80, 0x00, 0x00);

        Assert.True(channel.Read().TryGetCelsius(out double celsius));

        Assert.Equal(-40.0, celsius);
    }

    [Theory]
    [InlineData(0x01, ThermocoupleFaults.OpenCircuit)]
    [InlineData(0x02, ThermocoupleFaults.OverUnderVoltage)]
    [InlineData(0x04, ThermocoupleFaults.TcLow)]
    [InlineData(0x08, ThermocoupleFaults.TcHigh)]
    [InlineData(0x10, ThermocoupleFaults.CjLow)]
    [InlineData(0x20, ThermocoupleFaults.CjHigh)]
    [InlineData(0x40, ThermocoupleFaults.TcRange)]
    [InlineData(0x80, ThermocoupleFaults.CjRange)]
    public void Each_fault_bit_gives_its_named_fault_and_no_temperature(byte sr, ThermocoupleFaults expected)
    {
        using Max31856Channel channel = CreateChannel();
        _spi.SetMeasurement(0x19, 0x00, 0x01, 0x90, 0x00, sr); // otherwise a plausible 25 C / 25 C frame

        ThermocoupleReading reading = channel.Read();

        Assert.Equal(expected, reading.Faults);
        Assert.False(reading.IsValid);
        Assert.False(reading.TryGetCelsius(out _));
        Assert.True(double.IsNaN(reading.TemperatureCelsius));
        Assert.True(double.IsNaN(reading.ColdJunctionCelsius));
        Assert.Equal(Start, reading.Timestamp);
    }

    [Fact]
    public void Several_fault_bits_are_all_reported()
    {
        using Max31856Channel channel = CreateChannel();
        _spi.SetMeasurement(0x19, 0x00, 0x01, 0x90, 0x00, 0x43); // TC range + over/under-voltage + open

        ThermocoupleReading reading = channel.Read();

        Assert.Equal(
            ThermocoupleFaults.OpenCircuit | ThermocoupleFaults.OverUnderVoltage | ThermocoupleFaults.TcRange,
            reading.Faults);
        Assert.Equal((ThermocoupleFaults)0x43, reading.Faults);
        Assert.True(double.IsNaN(reading.TemperatureCelsius));
    }

    [Fact]
    public void An_SPI_exception_is_a_bus_failure_not_an_exception()
    {
        using Max31856Channel channel = CreateChannel();
        _spi.SetMeasurement(0x19, 0x00, 0x01, 0x90, 0x00, 0x00);
        _spi.ThrowOnTransfer = new IOException("Error 5 performing SPI data transfer.");

        ThermocoupleReading reading = channel.Read();

        Assert.Equal(ThermocoupleReading.Faulted(ThermocoupleFaults.BusFailure, Start), reading);
        Assert.True(double.IsNaN(reading.TemperatureCelsius));
    }

    [Fact]
    public void The_bus_recovers_after_a_failed_transfer()
    {
        using Max31856Channel channel = CreateChannel();
        _spi.SetMeasurement(0x19, 0x00, 0x01, 0x90, 0x00, 0x00);
        _spi.ThrowOnTransfer = new IOException("glitch");
        Assert.Equal(ThermocoupleFaults.BusFailure, channel.Read().Faults);

        _spi.ThrowOnTransfer = null;

        Assert.Equal(25.0, channel.Read().TemperatureCelsius);
    }

    [Fact]
    public void MISO_pulled_high_is_a_bus_failure()
    {
        using Max31856Channel channel = CreateChannel();
        _spi.StuckMiso = 0xFF;

        Assert.Equal(ThermocoupleFaults.BusFailure, channel.Read().Faults);
    }

    [Fact]
    public void An_all_zero_frame_is_a_bus_failure()
    {
        // Registers at their power-on zeros (no conversion yet) or MISO held low: not a 0 C reading.
        using Max31856Channel channel = CreateChannel();
        _spi.SetMeasurement(0x00, 0x00, 0x00, 0x00, 0x00, 0x00);

        Assert.Equal(ThermocoupleFaults.BusFailure, channel.Read().Faults);
    }

    [Fact]
    public void The_timestamp_comes_from_the_time_provider()
    {
        using Max31856Channel channel = CreateChannel();
        _spi.SetMeasurement(0x19, 0x00, 0x01, 0x90, 0x00, 0x00);
        Assert.Equal(Start, channel.Read().Timestamp);

        _time.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Equal(Start.AddMilliseconds(100), channel.Read().Timestamp);
    }

    [Fact]
    public void A_disposed_channel_reads_as_a_bus_failure()
    {
        Max31856Channel channel = CreateChannel();
        _spi.SetMeasurement(0x19, 0x00, 0x01, 0x90, 0x00, 0x00);
        channel.Dispose();

        Assert.Equal(ThermocoupleReading.Faulted(ThermocoupleFaults.BusFailure, Start), channel.Read());
        Assert.Equal(0, _spi.TransferCount);
    }

    [Fact]
    public void Read_does_not_allocate()
    {
        using Max31856Channel channel = CreateChannel();
        _spi.SetMeasurement(0x19, 0x00, 0xF6, 0xF0, 0x00, 0x00);
        double sum = 0;
        for (int i = 0; i < 100; i++)
        {
            sum += channel.Read().TemperatureCelsius;
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            sum += channel.Read().TemperatureCelsius;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(-145.0 * 1100, sum);
    }

    [Fact]
    public void A_faulted_read_does_not_allocate_either()
    {
        using Max31856Channel channel = CreateChannel();
        _spi.SetMeasurement(0x19, 0x00, 0x01, 0x90, 0x00, 0x01);
        int faulted = 0;
        for (int i = 0; i < 100; i++)
        {
            faulted += channel.Read().IsValid ? 0 : 1;
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            faulted += channel.Read().IsValid ? 0 : 1;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1100, faulted);
    }

    private Max31856Channel CreateChannel() =>
        new(_spi, new NativeChipSelect(), Max31856Settings.Default, _time, "TS1");
}
