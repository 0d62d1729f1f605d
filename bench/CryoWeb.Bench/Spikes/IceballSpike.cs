using System.Globalization;
using System.Numerics;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Hardware.Valves;
using CryoWeb.Thermal.Isotherms;
using CryoWeb.Thermal.Layout;
using CryoWeb.Thermal.Probes;
using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Bench.Spikes;

/// <summary>
/// Issue 7 spike: how far is the -20 C radius of a model driven by the measured tip temperature (nominal tissue) from
/// the truth of a plant with other tissue properties, and does choosing among an ensemble by two sensors at 10 mm fix it.
/// </summary>
internal static class IceballSpike
{
    internal static readonly SimulatedProbe Probe = new() { Name = "P1", TipMm = Vector3.Zero, TowardHandle = Vector3.UnitZ, ActiveLengthMm = 30 };
    private static readonly Vector3[] Sensors = [new(10, 0, 15), new(0, 10, 10)];
    private static readonly double[] PerfusionScales = [0.5, 1, 2, 3];
    private static readonly double[] ConductivityScales = [0.7, 1, 1.3];

    public static int Run(TextWriter output)
    {
        var nominal = new TissueProperties();
        output.WriteLine("perfusion conductivity | truth r-20 | nominal r-20 (err) | fitted (pxk) r-20 (err) | sensors rms nominal/fitted");
        foreach (var (p, k) in new[] { (0.5, 1.0), (1.0, 1.0), (3.0, 1.0), (1.0, 0.7), (1.0, 1.3), (2.0, 1.3), (0.5, 0.7) })
        {
            var truthTissue = Scaled(nominal, p, k);
            var start = DateTimeOffset.UnixEpoch;
            var truthLayout = new SimulationLayout
            {
                GridSpacingMm = 1.5, MarginMm = 30, Tissue = truthTissue, Probes = [Probe],
                Sensors = [.. Sensors.Select((s, i) => new SimulatedThermalSensor { Name = $"TS{i + 1}", PositionMm = s })],
            };
            var plant = new SimulatedPlant(truthLayout, start);
            var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(start);
            using var hardware = plant.CreateHardware(time);
            hardware.Valves.SetOpen(ValveId.ArgonSupply, true);
            hardware.Valves.SetOpen(ValveId.FreezeOf(0), true);
            var models = (from pp in PerfusionScales from kk in ConductivityScales select new IceballSpikeModel(Scaled(nominal, pp, kk), pp, kk, Probe)).ToList();
            var errors = new double[models.Count];
            for (int second = 1; second <= 600; second++)
            {
                plant.Advance(TimeSpan.FromSeconds(1));
                time.Advance(TimeSpan.FromSeconds(1));
                double tip = hardware.Thermocouples.Read(0).TemperatureCelsius;
                double s1 = hardware.Thermocouples.Read(1).TemperatureCelsius;
                double s2 = hardware.Thermocouples.Read(2).TemperatureCelsius;
                for (int m = 0; m < models.Count; m++)
                {
                    models[m].Advance(1, tip);
                    if (second > 120)
                    {
                        double e1 = models[m].At(Sensors[0]) - s1, e2 = models[m].At(Sensors[1]) - s2;
                        errors[m] += (e1 * e1) + (e2 * e2);
                    }
                }
            }

            double truth = new IsothermMeasurer(plant.Tissue, [Probe]).Measure(-20).DiameterMm / 2;
            int nominalIndex = models.FindIndex(m => m.Perfusion == 1 && m.Conductivity == 1);
            int best = Array.IndexOf(errors, errors.Min());
            double nominalR = models[nominalIndex].RadiusMm(-20), bestR = models[best].RadiusMm(-20);
            double Rms(int m) => Math.Sqrt(errors[m] / (2 * 480));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"x{p,-4} x{k,-4} | {truth,6:F1} mm | {nominalR,6:F1} ({nominalR - truth,+5:F1}) | x{models[best].Perfusion} x{models[best].Conductivity} {bestR,6:F1} ({bestR - truth,+5:F1}) | {Rms(nominalIndex):F2} / {Rms(best):F2} C"));
        }

        return 0;
    }

    private static TissueProperties Scaled(TissueProperties t, double perfusion, double conductivity) => t with
    {
        PerfusionPerSecond = t.PerfusionPerSecond * perfusion,
        UnfrozenConductivityWattsPerMeterKelvin = t.UnfrozenConductivityWattsPerMeterKelvin * conductivity,
        FrozenConductivityWattsPerMeterKelvin = t.FrozenConductivityWattsPerMeterKelvin * conductivity,
    };
}
