using CryoWeb.Controller.Iceball;
using CryoWeb.Testing.Iceball;
using Xunit.Abstractions;

namespace CryoWeb.Controller.Tests.Iceball;

/// <summary>
/// Issue 7's acceptance: the simulator (1 mm grid) as ground truth with tissue the estimator does not know, one probe
/// for ten minutes, two sensors at 10 mm: the fitted -20 C radius is within 2 mm of the truth. Three corners of the
/// range, one between the ensemble's values; the full range is in the benchmark (bench iceball-validation).
/// </summary>
public class EstimatorValidationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(0.5, 1.3)]
    [InlineData(3.0, 0.7)]
    [InlineData(1.5, 1.2)]
    public void The_fitted_minus_20_radius_after_ten_minutes_is_within_2_mm_of_the_truth(double perfusion, double conductivity)
    {
        var result = EstimatorTrial.Run(new TissueHypothesis(conductivity, perfusion));

        output.WriteLine($"truth {result.TruthRadiusMm:F2} mm, fitted {result.FittedRadiusMm:F2} ({result.FittedErrorMm:+0.00;-0.00}) with k x{result.Fitted.ConductivityScale} w x{result.Fitted.PerfusionScale}, uncorrected {result.UncorrectedRadiusMm:F2} ({result.UncorrectedErrorMm:+0.00;-0.00}); sensor RMS {result.FittedRmsCelsius:F2} / {result.UncorrectedRmsCelsius:F2} C");
        Assert.InRange(result.TruthRadiusMm, 6, 14); // a real iceball (DESIGN: -40 C core 10-18 mm across, -20 C wider)
        Assert.InRange(result.FittedErrorMm, -2, 2);
        Assert.True(result.FittedRmsCelsius < result.UncorrectedRmsCelsius, "fitting must bring the model closer to the sensors than the nominal tissue");
        Assert.InRange(result.FittedRmsCelsius, 0, 2.5);
    }

    [Fact]
    public void Conductivity_is_identified_from_two_sensors()
    {
        var low = EstimatorTrial.Run(new TissueHypothesis(0.7, 1), minutes: 6);
        var high = EstimatorTrial.Run(new TissueHypothesis(1.3, 1), minutes: 6);

        Assert.True(low.Fitted.ConductivityScale <= 0.85, $"fitted k x{low.Fitted.ConductivityScale} for x0.7");
        Assert.True(high.Fitted.ConductivityScale >= 1.15, $"fitted k x{high.Fitted.ConductivityScale} for x1.3");
    }
}
