using System.Diagnostics;
using System.Globalization;
using CryoWeb.Controller.Iceball;
using CryoWeb.Testing.Iceball;

namespace CryoWeb.Bench.Scenarios;

/// <summary>
/// Issue 7 validation: the live estimator against the simulator with tissue it does not know (perfusion x0.5 to x3,
/// conductivity x0.7 to x1.3, including values between the ensemble's), one probe for ten minutes, two sensors at
/// 10 mm. Prints the -20 C radius of truth, fit and uncorrected model per case, and the worst errors.
/// </summary>
internal static class IceballValidationBenchmark
{
    public static int Run(TextWriter output)
    {
        double[] perfusions = [0.5, 1, 1.5, 2, 3];
        double[] conductivities = [0.7, 0.8, 1, 1.2, 1.3];
        output.WriteLine("truth perfusion conductivity | truth r-20 mm | fitted (k x w) r-20 (error) | uncorrected r-20 (error) | sensor RMS fitted / uncorrected C | seconds");
        double worstFitted = 0, worstUncorrected = 0;
        var times = new List<double>();
        foreach (double w in perfusions)
        {
            foreach (double k in conductivities)
            {
                var watch = Stopwatch.StartNew();
                var r = EstimatorTrial.Run(new TissueHypothesis(k, w));
                times.Add(watch.Elapsed.TotalSeconds);
                worstFitted = Math.Max(worstFitted, Math.Abs(r.FittedErrorMm));
                worstUncorrected = Math.Max(worstUncorrected, Math.Abs(r.UncorrectedErrorMm));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"x{w,-4} x{k,-4} | {r.TruthRadiusMm,5:F1} | k x{r.Fitted.ConductivityScale} w x{r.Fitted.PerfusionScale}: {r.FittedRadiusMm,5:F1} ({r.FittedErrorMm,+5:F1}) | {r.UncorrectedRadiusMm,5:F1} ({r.UncorrectedErrorMm,+5:F1}) | {r.FittedRmsCelsius:F2} / {r.UncorrectedRmsCelsius:F2} | {watch.Elapsed.TotalSeconds:F1}"));
            }
        }

        times.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"worst |error| of the -20 C radius after 10 min: fitted {worstFitted:F1} mm, uncorrected {worstUncorrected:F1} mm (target: fitted <= 2 mm); median case {times[times.Count / 2]:F1} s"));
        return worstFitted <= 2 ? 0 : 1;
    }
}
