using CryoWeb.Controller.Safety;
using CryoWeb.Hardware.Pressure;
using CryoWeb.Hardware.Thermocouples;

namespace CryoWeb.Controller.Control;

/// <summary>Steps 1 and 2 of the tick: read every sensor and mark what cannot be trusted.</summary>
public sealed partial class ControlCore
{
    /// <summary>Set by the controller's validation: out of range, or changing faster than a real needle can.</summary>
    public const ThermocoupleFaults Implausible = (ThermocoupleFaults)0x200;

    private const int PressureHistorySeconds = 60;
    private readonly double[] _celsius;
    private readonly ThermocoupleFaults[] _faults;
    private readonly double[] _lastValidCelsius;
    private readonly DateTimeOffset[] _lastValidTime;
    private readonly DateTimeOffset?[] _invalidSince;
    private readonly SensorGuard?[] _guards;
    private readonly double[] _argonHistory = new double[PressureHistorySeconds + 1];
    private readonly DateTimeOffset[] _argonHistoryTime = new DateTimeOffset[PressureHistorySeconds + 1];
    private int _argonHistoryNext;
    private int _argonHistoryCount;
    private double _argonPsi;
    private double _thawPsi;
    private PressureFault _argonFault;
    private PressureFault _thawFault;
    private double _argonMinutesLeft = double.PositiveInfinity;

    private void ReadSensors(DateTimeOffset now)
    {
        var bank = _plant.Thermocouples;
        for (int c = 0; c < _celsius.Length; c++)
        {
            var reading = bank.Read(c);
            var faults = reading.Faults;
            double value = reading.TemperatureCelsius;
            if (faults == ThermocoupleFaults.None && !IsPlausible(c, value, now))
            {
                faults = Implausible;
            }

            if (faults == ThermocoupleFaults.None && double.IsFinite(value))
            {
                (_celsius[c], _faults[c], _lastValidCelsius[c], _lastValidTime[c], _invalidSince[c]) = (value, faults, value, now, null);
            }
            else
            {
                // Never a number for an invalid reading: NaN is what control and display see.
                (_celsius[c], _faults[c]) = (double.NaN, faults == ThermocoupleFaults.None ? Implausible : faults);
                _invalidSince[c] ??= now;
            }
        }

        (_argonPsi, _argonFault) = ReadPressure(GasSupply.Argon);
        (_thawPsi, _thawFault) = ReadPressure(GasSupply.ThawGas);
        TrackArgon(now);
    }

    private bool IsPlausible(int channel, double value, DateTimeOffset now)
    {
        if (!(value >= _options.PlausibleMinCelsius && value <= _options.PlausibleMaxCelsius))
        {
            return false;
        }

        double last = _lastValidCelsius[channel];
        if (double.IsNaN(last))
        {
            return true;
        }

        double seconds = Math.Max((now - _lastValidTime[channel]).TotalSeconds, _options.TickPeriod.TotalSeconds);
        return Math.Abs(value - last) / seconds <= _options.MaxRateCelsiusPerSecond;
    }

    private (double Psi, PressureFault Fault) ReadPressure(GasSupply supply)
    {
        var reading = _plant.Pressures.Read(supply);
        return reading.IsValid && double.IsFinite(reading.Psi) ? (reading.Psi, PressureFault.None) : (double.NaN, reading.IsValid ? PressureFault.BusFailure : reading.Fault);
    }

    /// <summary>Keeps one argon sample a second for the last minute and estimates the minutes of gas left at that rate.</summary>
    private void TrackArgon(DateTimeOffset now)
    {
        int newest = (_argonHistoryNext + _argonHistory.Length - 1) % _argonHistory.Length;
        if (_argonHistoryCount > 0 && now - _argonHistoryTime[newest] < TimeSpan.FromSeconds(1))
        {
            return;
        }

        if (double.IsNaN(_argonPsi))
        {
            (_argonHistoryCount, _argonMinutesLeft) = (0, double.NaN);
            return;
        }

        (_argonHistory[_argonHistoryNext], _argonHistoryTime[_argonHistoryNext]) = (_argonPsi, now);
        _argonHistoryNext = (_argonHistoryNext + 1) % _argonHistory.Length;
        _argonHistoryCount = Math.Min(_argonHistoryCount + 1, _argonHistory.Length);
        int oldest = _argonHistoryCount < _argonHistory.Length ? 0 : _argonHistoryNext;
        double minutes = (now - _argonHistoryTime[oldest]).TotalMinutes;
        double dropPerMinute = minutes > 0 ? (_argonHistory[oldest] - _argonPsi) / minutes : 0;
        _argonMinutesLeft = dropPerMinute > 1 ? Math.Max(_argonPsi - _options.ArgonMinPsi, 0) / dropPerMinute : double.PositiveInfinity;
    }
}
