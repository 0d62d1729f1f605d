using System.Device.Gpio;
using CryoWeb.Hardware.Heartbeat;
using CryoWeb.Hardware.Tests.Fakes;

namespace CryoWeb.Hardware.Tests.Heartbeat;

public sealed class GpioHeartbeatTests : IDisposable
{
    private const int Pin = 17;
    private readonly FakeGpioDriver _driver = new();
    private readonly GpioHeartbeat _heartbeat;

    public GpioHeartbeatTests()
    {
        _heartbeat = new GpioHeartbeat(new GpioController(_driver), Pin, ownsController: true);
    }

    public void Dispose() => _heartbeat.Dispose();

    [Fact]
    public void Pin_is_opened_as_an_output_already_low()
    {
        Assert.Equal([GpioDriverEvent.Open(Pin), GpioDriverEvent.SetModeWithValue(Pin, PinMode.Output, PinValue.Low)], _driver.Events);
        Assert.False(_heartbeat.IsHigh);
        Assert.Equal(0, _heartbeat.ToggleCount);
    }

    [Fact]
    public void A_pin_already_open_on_the_controller_is_rejected()
    {
        using var driver = new FakeGpioDriver();
        using var controller = new GpioController(driver);
        controller.OpenPin(4, PinMode.Output);

        var ex = Assert.Throws<ArgumentException>(() => new GpioHeartbeat(controller, 4));

        Assert.Equal("pin", ex.ParamName);
        Assert.StartsWith("Heartbeat: GPIO 4 is already open on this controller", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Toggle_alternates_high_and_low()
    {
        _driver.ClearEvents();

        _heartbeat.Toggle();
        _heartbeat.Toggle();
        _heartbeat.Toggle();

        Assert.Equal(
            [GpioDriverEvent.Write(Pin, PinValue.High), GpioDriverEvent.Write(Pin, PinValue.Low), GpioDriverEvent.Write(Pin, PinValue.High)],
            _driver.Events);
        Assert.Equal(3, _heartbeat.ToggleCount);
        Assert.Equal(0, _heartbeat.FailureCount);
        Assert.True(_heartbeat.IsHigh);
    }

    [Fact]
    public void A_driver_failure_is_counted_not_thrown_and_the_next_toggle_retries_the_same_edge()
    {
        _heartbeat.Toggle(); // high
        _driver.FailWritesOn(Pin);
        _driver.ClearEvents();

        _heartbeat.Toggle();
        _heartbeat.Toggle();

        Assert.Equal(2, _heartbeat.FailureCount);
        Assert.Equal(1, _heartbeat.ToggleCount);
        Assert.True(_heartbeat.IsHigh);
        Assert.Empty(_driver.Events);

        _driver.HealWritesOn(Pin);
        _heartbeat.Toggle();

        Assert.Equal([GpioDriverEvent.Write(Pin, PinValue.Low)], _driver.Events);
        Assert.Equal(2, _heartbeat.ToggleCount);
    }

    [Fact]
    public void Toggle_does_not_allocate()
    {
        for (int i = 0; i < 100; i++)
        {
            _heartbeat.Toggle();
        }

        _driver.ClearEvents();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            _heartbeat.Toggle();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1000, _driver.Events.Count);
    }

    [Fact]
    public void Dispose_releases_the_pin_and_the_owned_controller_and_later_toggles_only_count_failures()
    {
        _driver.ClearEvents();

        _heartbeat.Dispose();
        _heartbeat.Toggle();

        Assert.Equal([GpioDriverEvent.Close(Pin)], _driver.Events);
        Assert.True(_driver.IsDisposed);
        Assert.Equal(1, _heartbeat.FailureCount);
    }
}
