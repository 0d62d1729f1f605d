using CryoWeb.Controller.Frames;

namespace CryoWeb.Controller.Iceball;

/// <summary>
/// Condenses control frames into <see cref="IceballSecond"/>s on the frame feed's thread (never the control thread):
/// sums into preallocated arrays, and one small object per second when a window closes.
/// </summary>
internal sealed class IceballFrameWindow(int channels, int probes)
{
    private readonly double[] _sum = new double[channels];
    private readonly int[] _valid = new int[channels];
    private readonly int[] _freeze = new int[probes];
    private readonly int[] _thaw = new int[probes];
    private double _argonPsi;
    private double _thawPsi;
    private int _argonValid;
    private int _thawValid;
    private int _frames;
    private DateTimeOffset _opened;

    /// <summary>Adds a frame; returns the closed window once it spans a second, else null.</summary>
    public IceballSecond? Add(ControlFrame frame, Guid procedureId)
    {
        if (_frames == 0)
        {
            _opened = frame.Time;
        }

        for (int c = 0; c < _sum.Length; c++)
        {
            double value = frame.ChannelCelsius[c];
            if (double.IsFinite(value))
            {
                _sum[c] += value;
                _valid[c]++;
            }
        }

        for (int p = 0; p < _freeze.Length; p++)
        {
            _freeze[p] += frame.FreezeValveOpen[p] ? 1 : 0;
            _thaw[p] += frame.ThawValveOpen[p] ? 1 : 0;
        }

        if (double.IsFinite(frame.ArgonPsi))
        {
            (_argonPsi, _argonValid) = (_argonPsi + frame.ArgonPsi, _argonValid + 1);
        }

        if (double.IsFinite(frame.ThawPsi))
        {
            (_thawPsi, _thawValid) = (_thawPsi + frame.ThawPsi, _thawValid + 1);
        }

        _frames++;
        return frame.Time - _opened >= TimeSpan.FromSeconds(1) ? Close(frame.Time, procedureId) : null;
    }

    /// <summary>Forgets a partial window (after lost frames, or when the estimator is not needed).</summary>
    public void Reset()
    {
        Array.Clear(_sum);
        Array.Clear(_valid);
        Array.Clear(_freeze);
        Array.Clear(_thaw);
        (_argonPsi, _thawPsi, _argonValid, _thawValid, _frames) = (0, 0, 0, 0, 0);
    }

    private IceballSecond Close(DateTimeOffset time, Guid procedureId)
    {
        var celsius = new double[_sum.Length];
        for (int c = 0; c < celsius.Length; c++)
        {
            celsius[c] = _valid[c] > 0 ? _sum[c] / _valid[c] : double.NaN;
        }

        var second = new IceballSecond(
            procedureId,
            time,
            celsius,
            [.. _freeze.Select(n => 2 * n >= _frames)],
            [.. _thaw.Select(n => 2 * n >= _frames)],
            _argonValid > 0 ? _argonPsi / _argonValid : double.NaN,
            _thawValid > 0 ? _thawPsi / _thawValid : double.NaN);
        Reset();
        return second;
    }
}
