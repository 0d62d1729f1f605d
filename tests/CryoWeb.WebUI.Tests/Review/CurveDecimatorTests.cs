using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Review;

namespace CryoWeb.WebUI.Tests.Review;

public class CurveDecimatorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static SampleRow Row(int tenths, params float[] values) => new(T0.AddMilliseconds(tenths * 100), values);

    [Fact]
    public void A_range_with_no_more_samples_than_points_comes_back_raw_with_gaps_as_null()
    {
        var decimator = new CurveDecimator(2, T0, T0.AddSeconds(10), points: 5);
        decimator.Add(Row(0, 1.5f, -3f));
        decimator.Add(Row(1, 1.25f, float.NaN));
        decimator.Add(Row(2, 1f, -5f));

        var curves = decimator.Result(["a", "b"]);

        Assert.False(curves.Decimated);
        Assert.Equal(3, curves.SampleCount);
        Assert.Equal([T0.ToUnixTimeMilliseconds(), T0.ToUnixTimeMilliseconds() + 100, T0.ToUnixTimeMilliseconds() + 200], curves.TimesMs);
        Assert.Equal([1.5, 1.25, 1.0], curves.Values[0]);
        Assert.Equal([-3.0, null, -5.0], curves.Values[1]);
    }

    [Fact]
    public void Many_samples_are_reduced_to_each_buckets_min_and_max_in_the_order_they_happened()
    {
        // 10 s at 10 Hz into 4 buckets of 2.5 s: channel 0 is a spike up at 1.2 s and down at 6.0 s; channel 1 a ramp.
        var decimator = new CurveDecimator(2, T0, T0.AddSeconds(10), points: 4);
        for (int i = 0; i < 100; i++)
        {
            float spike = i == 12 ? 50f : i == 60 ? -150f : 0f;
            decimator.Add(Row(i, spike, -i));
        }

        var curves = decimator.Result(["tip", "ramp"]);

        Assert.True(curves.Decimated);
        Assert.Equal(100, curves.SampleCount);
        Assert.Equal(8, curves.TimesMs.Count);
        // Bucket 0 rose to the spike (min first), bucket 2 fell into it (max first); flat buckets give their value twice.
        Assert.Equal([0.0, 50.0, 0.0, 0.0, 0.0, -150.0, 0.0, 0.0], curves.Values[0]);
        // The ramp falls, so each bucket shows its max (first sample) then its min (last sample).
        Assert.Equal([0.0, -24.0, -25.0, -49.0, -50.0, -74.0, -75.0, -99.0], curves.Values[1]);
        Assert.Equal(T0.AddMilliseconds(2400).ToUnixTimeMilliseconds(), curves.TimesMs[1]);
    }

    [Fact]
    public void A_bucket_whose_readings_are_all_invalid_is_a_gap_and_not_a_number()
    {
        var decimator = new CurveDecimator(1, T0, T0.AddSeconds(2), points: 2);
        for (int i = 0; i < 20; i++)
        {
            decimator.Add(Row(i, i < 10 ? float.NaN : -30f - i));
        }

        var curves = decimator.Result(["ts"]);

        Assert.True(curves.Decimated);
        Assert.Equal([null, null, -30.0 - 10, -30.0 - 19], curves.Values[0]);
    }
}
