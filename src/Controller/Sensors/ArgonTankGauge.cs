namespace CryoWeb.Controller.Sensors;

/// <summary>
/// Keeps one argon pressure sample a second for the last minute and estimates the minutes of gas left at that rate
/// (down to the minimum supply pressure). Preallocated; allocation-free.
/// </summary>
public sealed class ArgonTankGauge(double argonMinPsi)
{
    private const int HistorySeconds = 60;
    private readonly double[] _psi = new double[HistorySeconds + 1];
    private readonly DateTimeOffset[] _time = new DateTimeOffset[HistorySeconds + 1];
    private int _next;
    private int _count;

    /// <summary>The estimate after the last sample: +infinity while no gas is used, NaN while the pressure is unknown.</summary>
    public double MinutesLeft { get; private set; } = double.PositiveInfinity;

    /// <summary>Per tick: takes the pressure as a sample when a second has passed since the last one.</summary>
    public double Track(double argonPsi, DateTimeOffset now)
    {
        int newest = (_next + _psi.Length - 1) % _psi.Length;
        if (_count > 0 && now - _time[newest] < TimeSpan.FromSeconds(1))
        {
            return MinutesLeft;
        }

        if (double.IsNaN(argonPsi))
        {
            (_count, MinutesLeft) = (0, double.NaN);
            return MinutesLeft;
        }

        (_psi[_next], _time[_next]) = (argonPsi, now);
        _next = (_next + 1) % _psi.Length;
        _count = Math.Min(_count + 1, _psi.Length);
        int oldest = _count < _psi.Length ? 0 : _next;
        double minutes = (now - _time[oldest]).TotalMinutes;
        double dropPerMinute = minutes > 0 ? (_psi[oldest] - argonPsi) / minutes : 0;
        MinutesLeft = dropPerMinute > 1 ? Math.Max(argonPsi - argonMinPsi, 0) / dropPerMinute : double.PositiveInfinity;
        return MinutesLeft;
    }
}
