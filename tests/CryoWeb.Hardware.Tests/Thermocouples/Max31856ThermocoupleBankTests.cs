using System.Device.Gpio;
using CryoWeb.Hardware.Tests.Fakes;
using CryoWeb.Hardware.Thermocouples;
using CryoWeb.Hardware.Thermocouples.Max31856;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.Hardware.Tests.Thermocouples;

public class Max31856ThermocoupleBankTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 4, 9, 30, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);

    [Fact]
    public void Reads_each_channel_from_its_own_amplifier()
    {
        var spi0 = new FakeMax31856SpiDevice();
        var spi1 = new FakeMax31856SpiDevice();
        spi0.SetMeasurement(0x19, 0x00, 0xF6, 0xF0, 0x00, 0x00); // -145 C
        spi1.SetMeasurement(0x19, 0x00, 0x06, 0x40, 0x00, 0x01); // open circuit
        using var bank = new Max31856ThermocoupleBank(
            [Channel(spi0, "Probe 1 tip"), Channel(spi1, "TS1")], [spi0, spi1]);

        Assert.Equal(2, bank.ChannelCount);
        Assert.Equal(new ThermocoupleReading(-145.0, 25.0, ThermocoupleFaults.None, Start), bank.Read(0));
        Assert.Equal(ThermocoupleReading.Faulted(ThermocoupleFaults.OpenCircuit, Start), bank.Read(1));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void An_invalid_channel_index_is_a_programming_error(int channel)
    {
        var spi = new FakeMax31856SpiDevice();
        using var bank = new Max31856ThermocoupleBank([Channel(spi, "TS1")], [spi]);

        Assert.Throws<ArgumentOutOfRangeException>(() => bank.Read(channel));
    }

    [Fact]
    public void Configure_configures_every_channel_and_names_the_first_that_fails()
    {
        var good = new FakeMax31856SpiDevice();
        var missing = new FakeMax31856SpiDevice { StuckMiso = 0xFF };
        using var bank = new Max31856ThermocoupleBank([Channel(good, "TS1"), Channel(missing, "TS2")], [good, missing]);

        var ex = Assert.Throws<Max31856ConfigurationException>(bank.Configure);

        Assert.Equal((byte)0x91, good[Max31856Register.CR0]);
        Assert.Contains("'TS2'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_deselects_every_chip_then_releases_the_bus_and_the_controller()
    {
        var driver = new FakeGpioDriver();
        var controller = new GpioController(driver);
        var spi = new FakeMax31856SpiDevice();
        var channels = new[]
        {
            new Max31856Channel(spi, new GpioChipSelect(controller, 5), Max31856Settings.Default, _time, "TS1"),
            new Max31856Channel(spi, new GpioChipSelect(controller, 6), Max31856Settings.Default, _time, "TS2"),
        };
        var bank = new Max31856ThermocoupleBank(channels, [spi, controller]);
        var spiDisposedAtPinRelease = new List<bool>();
        driver.OnClose = _ => spiDisposedAtPinRelease.Add(spi.IsDisposed);
        int eventsAtOpen = driver.Events.Count;

        bank.Dispose();

        Assert.Equal(
            [
                GpioDriverEvent.Write(5, PinValue.High), GpioDriverEvent.Close(5),
                GpioDriverEvent.Write(6, PinValue.High), GpioDriverEvent.Close(6),
            ],
            driver.Events.Skip(eventsAtOpen));
        Assert.Equal([false, false], spiDisposedAtPinRelease);
        Assert.True(spi.IsDisposed);
        Assert.Equal(ThermocoupleFaults.BusFailure, channels[0].Read().Faults);
        bank.Dispose();
    }

    [Fact]
    public void Dispose_releases_everything_even_when_one_device_throws()
    {
        var spi = new FakeMax31856SpiDevice();
        var throwing = new ThrowingDisposable();
        var last = new FakeMax31856SpiDevice();
        var bank = new Max31856ThermocoupleBank([Channel(spi, "TS1")], [throwing, spi, last]);

        var ex = Assert.Throws<AggregateException>(bank.Dispose);

        Assert.IsType<IOException>(Assert.Single(ex.InnerExceptions));
        Assert.True(spi.IsDisposed);
        Assert.True(last.IsDisposed);
    }

    [Fact]
    public void Reading_through_the_bank_does_not_allocate()
    {
        var spi = new FakeMax31856SpiDevice();
        spi.SetMeasurement(0x19, 0x00, 0xFD, 0x80, 0x00, 0x00); // -40 C
        using var bank = new Max31856ThermocoupleBank([Channel(spi, "TS1")], [spi]);
        double sum = 0;
        for (int i = 0; i < 100; i++)
        {
            sum += bank.Read(0).TemperatureCelsius;
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            sum += bank.Read(0).TemperatureCelsius;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(-40.0 * 1100, sum);
    }

    private Max31856Channel Channel(FakeMax31856SpiDevice spi, string name) =>
        new(spi, new NativeChipSelect(), Max31856Settings.Default, _time, name);

    private sealed class ThrowingDisposable : IDisposable
    {
        public void Dispose() => throw new IOException("device already gone");
    }
}
