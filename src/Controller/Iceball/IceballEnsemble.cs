using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Controller.Iceball;

/// <summary>
/// Data assimilation by a model ensemble: one <see cref="ThermalModel"/> per <see cref="TissueHypothesis"/>, all
/// driven alike, each scored by its squared misfit to the thermal sensors with an exponential memory of
/// <see cref="MemorySeconds"/>; the best-scoring model is the estimate. The nominal model's score is kept too, as the
/// uncorrected error shown beside the fit. Not thread-safe: one thread runs it.
/// </summary>
public sealed class IceballEnsemble
{
    /// <summary>How long a misfit keeps counting (time constant of the forgetting).</summary>
    public const double MemorySeconds = 600;

    private readonly ThermalModel[] _models;
    private readonly double[] _squaredMisfit;
    private readonly int _nominal;
    private double _weight;

    public IceballEnsemble(IceballLayout layout, TissueProperties nominal, IReadOnlyList<TissueHypothesis>? hypotheses = null, double gridSpacingMm = ThermalModel.DefaultGridSpacingMm)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var list = hypotheses ?? TissueHypothesis.Ensemble;
        if (!list.Contains(TissueHypothesis.Nominal))
        {
            list = [TissueHypothesis.Nominal, .. list];
        }

        Layout = layout;
        _models = [.. list.Select(h => new ThermalModel(layout, nominal, h, gridSpacingMm))];
        _squaredMisfit = new double[_models.Length];
        _nominal = Array.FindIndex(_models, m => m.Hypothesis == TissueHypothesis.Nominal);
    }

    public IceballLayout Layout { get; }

    public IReadOnlyList<ThermalModel> Models => _models;

    /// <summary>The model the sensors agree with best so far (the nominal one until any sensor was compared).</summary>
    public ThermalModel Best => _models[BestIndex()];

    public ThermalModel Nominal => _models[_nominal];

    public double ElapsedSeconds => _models[0].ElapsedSeconds;

    /// <summary>
    /// Advances every model by <paramref name="seconds"/>, then compares each with the sensors' readings at the end of
    /// that time (<paramref name="sensorCelsius"/> in layout sensor order; NaN for a sensor without a valid reading).
    /// </summary>
    public void Advance(double seconds, ReadOnlySpan<ProbeDrive> drives, ReadOnlySpan<double> sensorCelsius)
    {
        if (sensorCelsius.Length != Layout.Sensors.Count)
        {
            throw new ArgumentException($"One reading per placed sensor is needed ({Layout.Sensors.Count}), not {sensorCelsius.Length}.", nameof(sensorCelsius));
        }

        foreach (var model in _models)
        {
            model.Advance(seconds, drives);
        }

        double decay = Math.Exp(-seconds / MemorySeconds);
        bool compared = false;
        for (int m = 0; m < _models.Length; m++)
        {
            double sum = 0;
            for (int s = 0; s < sensorCelsius.Length; s++)
            {
                if (double.IsFinite(sensorCelsius[s]))
                {
                    double misfit = _models[m].SensorCelsius(s) - sensorCelsius[s];
                    sum += misfit * misfit;
                    compared = true;
                }
            }

            _squaredMisfit[m] = (_squaredMisfit[m] * decay) + sum;
        }

        // The weight fades with the misfits on every step, compared or not: a spell without readings must not make the
        // remembered misfit look smaller than it was.
        _weight = (_weight * decay) + (compared ? ValidCount(sensorCelsius) : 0);
    }

    /// <summary>RMS misfit (C) of a model over the remembered past; NaN before any comparison.</summary>
    public double RmsCelsius(ThermalModel model)
    {
        int index = Array.IndexOf(_models, model);
        return index < 0 ? throw new ArgumentException("Not a model of this ensemble.", nameof(model))
            : _weight > 0 ? Math.Sqrt(_squaredMisfit[index] / _weight) : double.NaN;
    }

    private int BestIndex()
    {
        if (!(_weight > 0))
        {
            return _nominal;
        }

        int best = _nominal;
        for (int m = 0; m < _models.Length; m++)
        {
            if (_squaredMisfit[m] < _squaredMisfit[best])
            {
                best = m;
            }
        }

        return best;
    }

    private static int ValidCount(ReadOnlySpan<double> values)
    {
        int count = 0;
        foreach (double v in values)
        {
            count += double.IsFinite(v) ? 1 : 0;
        }

        return count;
    }
}
