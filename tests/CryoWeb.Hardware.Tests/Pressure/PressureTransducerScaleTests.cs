using CryoWeb.Hardware.Pressure;

namespace CryoWeb.Hardware.Tests.Pressure;

public class PressureTransducerScaleTests
{
    private static readonly DateTimeOffset T = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);
    private readonly PressureTransducerScale _scale = new();

    [Fact]
    public void Defaults_are_a_half_to_four_and_a_half_volt_6000_psi_transducer()
    {
        Assert.Equal(new PressureTransducerScale(0.5, 4.5, 0, 6000, 0.1), _scale);
        Assert.Equal(0.5, _scale.MinVolts);
        Assert.Equal(4.5, _scale.MaxVolts);
        Assert.Equal(0, _scale.MinPsi);
        Assert.Equal(6000, _scale.MaxPsi);
        Assert.Equal(0.1, _scale.FaultMarginVolts);
    }

    [Theory]
    [InlineData(0.5, 0)]
    [InlineData(1.5, 1500)]
    [InlineData(2.5, 3000)]
    [InlineData(4.5, 6000)]
    [InlineData(0.45, 0)]    // inside the margin: clamped
    [InlineData(0.41, 0)]
    [InlineData(4.55, 6000)]
    [InlineData(4.59, 6000)]
    public void Converts_linearly_and_clamps_inside_the_margin(double volts, double psi)
    {
        PressureReading reading = _scale.Convert(volts, T);

        Assert.Equal(new PressureReading(psi, volts, PressureFault.None, T), reading);
        Assert.True(reading.IsValid);
    }

    [Theory]
    [InlineData(0.3, PressureFault.OpenWireOrShortToGround)]
    [InlineData(0.39, PressureFault.OpenWireOrShortToGround)]
    [InlineData(0.0, PressureFault.OpenWireOrShortToGround)]
    [InlineData(-0.2, PressureFault.OpenWireOrShortToGround)]
    [InlineData(4.61, PressureFault.ShortToSupply)]
    [InlineData(4.7, PressureFault.ShortToSupply)]
    [InlineData(5.0, PressureFault.ShortToSupply)]
    public void Outside_the_margin_is_a_wiring_fault_without_pressure(double volts, PressureFault fault)
    {
        PressureReading reading = _scale.Convert(volts, T);

        Assert.Equal(fault, reading.Fault);
        Assert.True(double.IsNaN(reading.Psi));
        Assert.Equal(volts, reading.SignalVolts);
        Assert.Equal(T, reading.Timestamp);
        Assert.False(reading.IsValid);
    }

    [Fact]
    public void No_signal_is_a_bus_failure()
    {
        Assert.Equal(PressureFault.BusFailure, _scale.Convert(double.NaN, T).Fault);
    }

    [Fact]
    public void Other_spans_convert_with_their_own_figures()
    {
        var scale = new PressureTransducerScale(minVolts: 1, maxVolts: 5, minPsi: 100, maxPsi: 300, faultMarginVolts: 0.25);

        Assert.Equal(200, scale.Convert(3, T).Psi);
        Assert.Equal(100, scale.Convert(0.75, T).Psi);
        Assert.Equal(PressureFault.OpenWireOrShortToGround, scale.Convert(0.74, T).Fault);
        Assert.Equal(300, scale.Convert(5.25, T).Psi);
        Assert.Equal(PressureFault.ShortToSupply, scale.Convert(5.26, T).Fault);
    }

    [Fact]
    public void Invalid_scales_are_rejected_with_the_reason()
    {
        var volts = Assert.Throws<ArgumentException>(() => new PressureTransducerScale(minVolts: 4.5, maxVolts: 0.5));
        var same = Assert.Throws<ArgumentException>(() => new PressureTransducerScale(minVolts: 1, maxVolts: 1));
        var psi = Assert.Throws<ArgumentException>(() => new PressureTransducerScale(minPsi: 6000, maxPsi: 0));
        var margin = Assert.Throws<ArgumentException>(() => new PressureTransducerScale(faultMarginVolts: -0.1));
        var nan = Assert.Throws<ArgumentException>(() => new PressureTransducerScale(maxPsi: double.NaN));
        var inf = Assert.Throws<ArgumentException>(() => new PressureTransducerScale(minVolts: double.NegativeInfinity));

        Assert.Equal("Transducer scale: MaxVolts (0.5 V) must be greater than MinVolts (4.5 V). (Parameter 'maxVolts')", volts.Message);
        Assert.Equal("maxVolts", same.ParamName);
        Assert.Equal("Transducer scale: MaxPsi (0 psi) must be greater than MinPsi (6000 psi). (Parameter 'maxPsi')", psi.Message);
        Assert.Equal("Transducer scale: FaultMarginVolts (-0.1 V) must not be negative. (Parameter 'faultMarginVolts')", margin.Message);
        Assert.Equal("maxPsi", nan.ParamName);
        Assert.Equal("minVolts", inf.ParamName);
    }
}
