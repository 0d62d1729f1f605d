namespace CryoWeb.Controller.Iceball;

/// <summary>
/// The tissue models of one layout through one procedure: each condensed second drives the <see cref="IceballEnsemble"/>
/// (the probes' tip temperatures and valves, the sensors' readings), and the best-fitting model is measured into an
/// <see cref="IceballEstimate"/> when one is due. A new layout makes a new run. Used on the estimator's thread only.
/// </summary>
internal sealed class IceballModelRun
{
    private readonly IceballEnsemble _ensemble;
    private readonly IceballAnalysis _analysis;
    private readonly int[] _tipChannels;
    private readonly ProbeDrive[] _drives;
    private readonly double[] _sensors;
    private DateTimeOffset? _lastTime;
    private double _nextEstimateSeconds = IceballEstimator.EstimateEverySeconds;
    private double _nextSaveSeconds = IceballEstimator.SaveEverySeconds;

    /// <param name="tipChannels">Per probe of the console, its tip thermocouple's channel (negative: none).</param>
    public IceballModelRun(IceballLayout layout, IceballEstimatorOptions options, int[] tipChannels)
    {
        _ensemble = new IceballEnsemble(layout, options.NominalTissue, options.Hypotheses, options.GridSpacingMm);
        _analysis = new IceballAnalysis(layout);
        _drives = new ProbeDrive[layout.Probes.Count];
        _sensors = new double[layout.Sensors.Count];
        _tipChannels = tipChannels;
    }

    /// <summary>The last second the models were driven with (null before the first).</summary>
    public IceballSecond? LastSecond { get; private set; }

    /// <summary>Whether <see cref="IceballEstimator.EstimateEverySeconds"/> of tissue time passed since the last estimate.</summary>
    public bool EstimateDue => _ensemble.ElapsedSeconds >= _nextEstimateSeconds;

    /// <summary>Whether <see cref="IceballEstimator.SaveEverySeconds"/> of tissue time passed since the last save.</summary>
    public bool SaveDue => _ensemble.ElapsedSeconds >= _nextSaveSeconds;

    /// <summary>Drives the models through <paramref name="second"/> (the time since the previous one, clamped to a minute).</summary>
    public void Advance(IceballSecond second)
    {
        double seconds = _lastTime is { } last ? Math.Clamp((second.Time - last).TotalSeconds, 0, 60) : 1;
        (_lastTime, LastSecond) = (second.Time, second);
        var layout = _ensemble.Layout;
        for (int i = 0; i < _drives.Length; i++)
        {
            int probe = layout.Probes[i].Probe - 1;
            int tip = _tipChannels[probe];
            _drives[i] = new ProbeDrive(tip >= 0 ? second.ChannelCelsius[tip] : double.NaN, second.FreezeOpen[probe], second.ThawOpen[probe], second.ArgonPsi, second.ThawPsi);
        }

        for (int s = 0; s < _sensors.Length; s++)
        {
            _sensors[s] = second.ChannelCelsius[layout.Sensors[s].Channel];
        }

        _ensemble.Advance(seconds, _drives, _sensors);
    }

    public void EstimateTaken() => _nextEstimateSeconds = _ensemble.ElapsedSeconds + IceballEstimator.EstimateEverySeconds;

    public void SaveTaken() => _nextSaveSeconds = _ensemble.ElapsedSeconds + IceballEstimator.SaveEverySeconds;

    /// <summary>The best-fitting model's iceball at <paramref name="second"/>, with how well the models agree with the sensors.</summary>
    public IceballEstimate Estimate(IceballSecond second)
    {
        var ensemble = _ensemble;
        var best = ensemble.Best;
        var nominal = ensemble.Nominal;
        var sensors = ensemble.Layout.Sensors.Select((placement, i) => new SensorAgreement(
            placement.Channel, Math.Round(_sensors[i], 2), Math.Round(best.SensorCelsius(i), 2), Math.Round(nominal.SensorCelsius(i), 2)));
        var agreement = new ModelAgreement(
            Math.Round(ensemble.RmsCelsius(best), 2), Math.Round(ensemble.RmsCelsius(nominal), 2), best.Hypothesis.ConductivityScale, best.Hypothesis.PerfusionScale, [.. sensors]);
        return new IceballEstimate(second.Time, Math.Round(ensemble.ElapsedSeconds / 60, 2), ensemble.Layout, _analysis.Measure(best.Tissue), _analysis.Cut(best.Tissue), agreement);
    }
}
