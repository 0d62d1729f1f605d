using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Tests.Storage;

/// <summary>int16 hundredths of a degree: rounding, clamping of finite values, and the invalid-reading sentinel.</summary>
public class SampleScalingTests
{
    [Theory]
    [InlineData(0f, 0)]
    [InlineData(-145.23f, -14523)]
    [InlineData(36.99f, 3699)]
    [InlineData(0.004f, 0)]
    [InlineData(0.006f, 1)]
    [InlineData(-0.006f, -1)]
    [InlineData(327.66f, 32766)]
    [InlineData(-327.66f, -32766)]
    [InlineData(327.67f, 32766)]
    [InlineData(1000f, 32766)]
    [InlineData(-200000f, -32766)]
    public void Finite_values_round_to_the_nearest_hundredth_and_clamp_to_327_66(float celsius, short raw)
    {
        Assert.Equal(raw, SampleScaling.ToRaw(celsius));
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity)]
    public void Invalid_readings_become_the_sentinel_and_read_back_as_NaN(float celsius)
    {
        Assert.Equal(short.MinValue, SampleScaling.ToRaw(celsius));
        Assert.True(float.IsNaN(SampleScaling.ToCelsius(SampleScaling.ToRaw(celsius))));
    }

    [Fact]
    public void Clamped_values_never_collide_with_the_sentinel()
    {
        Assert.Equal(-327.66f, SampleScaling.ToCelsius(SampleScaling.ToRaw(float.MinValue)));
        Assert.Equal(327.66f, SampleScaling.ToCelsius(SampleScaling.ToRaw(float.MaxValue)));
    }
}
