using System.Device.Gpio;
using CryoWeb.Hardware.Tests.Fakes;
using CryoWeb.Hardware.Thermocouples;
using CryoWeb.Hardware.Thermocouples.Max31856;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.Hardware.Tests.Thermocouples;

public sealed class GpioChipSelectTests : IDisposable
{
    private const int Pin = 5;
    private const int OtherPin = 6;
    private readonly FakeGpioDriver _driver = new();
    private readonly GpioController _controller;
    private readonly FakeMax31856SpiDevice _spi = new();
    private readonly FakeTimeProvider _time = new();

    public GpioChipSelectTests()
    {
        _controller = new GpioController(_driver);
        _spi.SetMeasurement(0x19, 0x00, 0x01, 0x90, 0x00, 0x00);
    }

    public void Dispose() => _controller.Dispose();

    [Fact]
    public void Opening_makes_the_pin_an_output_that_is_already_high()
    {
        using var chipSelect = new GpioChipSelect(_controller, Pin);

        Assert.Equal([GpioDriverEvent.Open(Pin), GpioDriverEvent.SetModeWithValue(Pin, PinMode.Output, PinValue.High)], _driver.Events);
        Assert.Equal(PinValue.High, _driver.Level(Pin));
    }

    [Fact]
    public void The_pin_is_low_only_during_the_transfer()
    {
        using var channel = new Max31856Channel(
            _spi, new GpioChipSelect(_controller, Pin), Max31856Settings.Default, _time, "TS1");
        PinValue? duringTransfer = null;
        _spi.DuringTransfer = () => duringTransfer = _driver.Level(Pin);

        ThermocoupleReading reading = channel.Read();

        Assert.Equal(25.0, reading.TemperatureCelsius);
        Assert.Equal(PinValue.Low, duringTransfer);
        Assert.Equal(PinValue.High, _driver.Level(Pin));
        Assert.Equal(
            [
                GpioDriverEvent.Open(Pin),
                GpioDriverEvent.SetModeWithValue(Pin, PinMode.Output, PinValue.High),
                GpioDriverEvent.Write(Pin, PinValue.Low),
                GpioDriverEvent.Write(Pin, PinValue.High),
            ],
            _driver.Events);
    }

    [Fact]
    public void Only_the_selected_amplifier_is_low_on_a_shared_bus()
    {
        using var first = new Max31856Channel(
            _spi, new GpioChipSelect(_controller, Pin), Max31856Settings.Default, _time, "TS1");
        using var second = new Max31856Channel(
            _spi, new GpioChipSelect(_controller, OtherPin), Max31856Settings.Default, _time, "TS2");
        var levels = new List<(PinValue First, PinValue Second)>();
        _spi.DuringTransfer = () => levels.Add((_driver.Level(Pin), _driver.Level(OtherPin)));

        first.Read();
        second.Read();

        Assert.Equal([(PinValue.Low, PinValue.High), (PinValue.High, PinValue.Low)], levels);
        Assert.Equal(PinValue.High, _driver.Level(Pin));
        Assert.Equal(PinValue.High, _driver.Level(OtherPin));
    }

    [Fact]
    public void The_pin_returns_high_when_the_transfer_throws()
    {
        using var channel = new Max31856Channel(
            _spi, new GpioChipSelect(_controller, Pin), Max31856Settings.Default, _time, "TS1");
        _spi.ThrowOnTransfer = new IOException("bus error");

        Assert.Equal(ThermocoupleFaults.BusFailure, channel.Read().Faults);

        Assert.Equal(PinValue.High, _driver.Level(Pin));
        Assert.Equal(GpioDriverEvent.Write(Pin, PinValue.High), _driver.Events[^1]);
    }

    [Fact]
    public void The_pin_frames_every_configuration_transfer()
    {
        using var channel = new Max31856Channel(
            _spi, new GpioChipSelect(_controller, Pin), Max31856Settings.Default, _time, "TS1");
        int lowDuringTransfers = 0;
        _spi.DuringTransfer = () => lowDuringTransfers += _driver.Level(Pin) == PinValue.Low ? 1 : 0;

        channel.Configure();

        Assert.Equal(3, _spi.TransferCount);
        Assert.Equal(3, lowDuringTransfers);
        Assert.Equal(PinValue.High, _driver.Level(Pin));
    }

    [Fact]
    public void Dispose_leaves_the_pin_high_and_releases_it()
    {
        var chipSelect = new GpioChipSelect(_controller, Pin);
        chipSelect.Select();

        chipSelect.Dispose();
        chipSelect.Dispose();

        Assert.Equal([GpioDriverEvent.Write(Pin, PinValue.High), GpioDriverEvent.Close(Pin)], _driver.Events.Skip(3));
        Assert.Equal(PinValue.High, _driver.Level(Pin));
        Assert.False(_driver.IsOpen(Pin));
        Assert.Throws<ObjectDisposedException>(chipSelect.Select);
    }

    [Fact]
    public void A_read_framed_by_a_gpio_chip_select_does_not_allocate()
    {
        using var channel = new Max31856Channel(
            _spi, new GpioChipSelect(_controller, Pin), Max31856Settings.Default, _time, "TS1");
        _driver.Recording = false;
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

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(25.0 * 1100, sum);
    }
}
