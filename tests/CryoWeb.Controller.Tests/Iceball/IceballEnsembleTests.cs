using CryoWeb.Controller.Iceball;
using CryoWeb.Thermal.Tissue;
using Xunit.Abstractions;

namespace CryoWeb.Controller.Tests.Iceball;

/// <summary>
/// The ensemble against a truth it can represent exactly: another <see cref="ThermalModel"/> of known tissue, driven
/// alike, whose sensor temperatures are the readings. The ensemble's model of the same tissue then agrees bit for bit.
/// </summary>
public class IceballEnsembleTests(ITestOutputHelper output)
{
    private const double ChunkSeconds = 10;
    private static readonly TissueHypothesis Truth = new(1.3, 1);
    private static readonly TissueHypothesis[] Candidates = [TissueHypothesis.Nominal, new(0.7, 1), Truth, new(1, 3)];
    private static readonly ProbeDrive[] Freezing = [new(-140, true, false, 3000, 0)];

    /// <summary>One probe through the target centre, sensors 8 mm to its side and 12 mm off it near the handle end.</summary>
    private static readonly IceballLayout Layout = new(
        [new ProbePlacement(1, 0, 0, -15)],
        [new SensorPlacement(2, 8, 0, 0), new SensorPlacement(3, 0, -12, 5)],
        new TargetShape(10, 10, 10, 5));

    private static IceballEnsemble Ensemble(IReadOnlyList<TissueHypothesis>? hypotheses = null) => new(Layout, new TissueProperties(), hypotheses ?? Candidates);

    /// <summary>Runs the truth and the ensemble side by side; <paramref name="read"/> turns the truth's sensors into readings.</summary>
    private static void Run(IceballEnsemble ensemble, ThermalModel truth, double seconds, Func<ThermalModel, int, double> read)
    {
        var readings = new double[Layout.Sensors.Count];
        for (double t = 0; t < seconds - 1e-9; t += ChunkSeconds)
        {
            truth.Advance(ChunkSeconds, Freezing);
            for (int s = 0; s < readings.Length; s++)
            {
                readings[s] = read(truth, s);
            }

            ensemble.Advance(ChunkSeconds, Freezing, readings);
        }
    }

    private static ThermalModel TruthModel() => new(Layout, new TissueProperties(), Truth);

    [Fact]
    public void The_hypothesis_that_made_the_readings_is_picked_with_no_misfit()
    {
        var ensemble = Ensemble();

        Run(ensemble, TruthModel(), 180, (truth, s) => truth.SensorCelsius(s));

        output.WriteLine(string.Join("\n", ensemble.Models.Select(m => $"k x{m.Hypothesis.ConductivityScale} w x{m.Hypothesis.PerfusionScale}: RMS {ensemble.RmsCelsius(m):F3} C")));
        Assert.Equal(Truth, ensemble.Best.Hypothesis);
        Assert.Equal(0, ensemble.RmsCelsius(ensemble.Best), 6);
        Assert.True(ensemble.RmsCelsius(ensemble.Nominal) > 0.5, $"nominal RMS {ensemble.RmsCelsius(ensemble.Nominal):F3} C");
        Assert.Equal(180, ensemble.ElapsedSeconds, 9);
        Assert.All(ensemble.Models, m => Assert.Equal(180, m.ElapsedSeconds, 9));
    }

    [Fact]
    public void A_sensor_without_valid_readings_is_ignored()
    {
        var ensemble = Ensemble();

        Run(ensemble, TruthModel(), 180, (truth, s) => s == 1 ? double.NaN : truth.SensorCelsius(s));

        Assert.Equal(Truth, ensemble.Best.Hypothesis);
        Assert.Equal(0, ensemble.RmsCelsius(ensemble.Best), 6);
        double nominal = ensemble.RmsCelsius(ensemble.Nominal);
        Assert.True(double.IsFinite(nominal) && nominal > 0.5, $"nominal RMS {nominal} C from the one valid sensor");
    }

    [Fact]
    public void With_no_valid_reading_at_all_the_RMS_is_unknown_and_the_nominal_model_is_the_estimate()
    {
        var ensemble = Ensemble();
        Assert.Same(ensemble.Nominal, ensemble.Best);

        Run(ensemble, TruthModel(), 60, (_, _) => double.NaN);

        Assert.Same(ensemble.Nominal, ensemble.Best);
        Assert.All(ensemble.Models, m => Assert.True(double.IsNaN(ensemble.RmsCelsius(m)), $"k x{m.Hypothesis.ConductivityScale}: RMS {ensemble.RmsCelsius(m)}"));
        Assert.True(ensemble.Nominal.WallCelsius(0) < -100, "the models still ran");
    }

    /// <summary>
    /// The RMS is a memory-weighted mean of the squared misfits compared so far. While no sensor reads (a loose
    /// connector), nothing is compared, so the mean must not change: numerator and weight fade alike.
    /// </summary>
    [Fact]
    public void A_gap_without_readings_does_not_change_the_RMS()
    {
        var ensemble = Ensemble([Truth]); // and the nominal: all this test needs, and quicker than four
        var truth = TruthModel();
        Run(ensemble, truth, 90, (model, s) => model.SensorCelsius(s));
        double before = ensemble.RmsCelsius(ensemble.Nominal);

        Run(ensemble, truth, 240, (_, _) => double.NaN);

        double after = ensemble.RmsCelsius(ensemble.Nominal);
        output.WriteLine($"nominal RMS {before:F3} C before a 240 s gap, {after:F3} C after");
        Assert.True(before > 0.5, $"nominal RMS {before:F3} C");
        Assert.Equal(before, after, 0.01 * before);
    }

    [Fact]
    public void Wrong_span_lengths_are_refused_naming_the_parameter_and_nothing_advances()
    {
        var ensemble = Ensemble();

        var sensors = Assert.Throws<ArgumentException>(() => ensemble.Advance(1, Freezing, [20.0]));
        var drives = Assert.Throws<ArgumentException>(() => ensemble.Advance(1, [], [20.0, 21.0]));

        Assert.Equal("sensorCelsius", sensors.ParamName);
        Assert.Contains("(2)", sensors.Message, StringComparison.Ordinal);
        Assert.Equal("drives", drives.ParamName);
        Assert.All(ensemble.Models, m => Assert.Equal(0, m.ElapsedSeconds));
    }

    [Fact]
    public void The_nominal_hypothesis_is_added_when_a_custom_list_omits_it()
    {
        var omitted = Ensemble([Truth, new(0.7, 1)]);
        var included = Ensemble([new(0.7, 1), TissueHypothesis.Nominal, Truth]);

        Assert.Equal([TissueHypothesis.Nominal, Truth, new TissueHypothesis(0.7, 1)], omitted.Models.Select(m => m.Hypothesis));
        Assert.Equal(TissueHypothesis.Nominal, omitted.Nominal.Hypothesis);
        Assert.Equal(3, included.Models.Count);
        Assert.Same(included.Models[1], included.Nominal);
    }

    [Fact]
    public void The_default_ensemble_spans_the_validated_range_with_the_nominal_once()
    {
        var ensemble = new IceballEnsemble(Layout, new TissueProperties());

        Assert.Equal(TissueHypothesis.Ensemble, ensemble.Models.Select(m => m.Hypothesis));
        Assert.Equal(13, ensemble.Models.Count);
        Assert.Equal(0.7, ensemble.Models.Min(m => m.Hypothesis.ConductivityScale));
        Assert.Equal(1.3, ensemble.Models.Max(m => m.Hypothesis.ConductivityScale));
        Assert.Equal(0.5, ensemble.Models.Min(m => m.Hypothesis.PerfusionScale));
        Assert.Equal(3, ensemble.Models.Max(m => m.Hypothesis.PerfusionScale));
        Assert.Single(ensemble.Models, m => m.Hypothesis == TissueHypothesis.Nominal);
    }

    [Fact]
    public void A_model_from_elsewhere_has_no_RMS_here()
    {
        var ensemble = Ensemble();

        var e = Assert.Throws<ArgumentException>(() => ensemble.RmsCelsius(TruthModel()));

        Assert.Equal("model", e.ParamName);
    }
}
