using CryoWeb.Hardware;
using CryoWeb.Hardware.Pressure;
using CryoWeb.Controller.Configuration;

namespace CryoWeb.Controller.Sensors;

/// <summary>
/// Stage 1 of the tick: reads every thermocouple and both supply pressures into <see cref="Readings"/> and marks what
/// cannot be trusted (fault bits, out of range, changing faster than a real needle can). Keeps the last valid reading
/// per channel for the rate check. Allocation-free.
/// </summary>
public sealed class SensorStage
{
    /// <summary>Set by the validation: out of range, or changing faster than a real needle can.</summary>
    public const SensorFaults Implausible = SensorFaults.Implausible;

    private readonly PlantHardware _plant;
    private readonly ControllerOptions _options;
    private readonly double[] _lastValidCelsius;
    private readonly DateTimeOffset[] _lastValidTime;
    private readonly ArgonTankGauge _tank;

    internal SensorStage(PlantHardware plant, ControllerOptions options)
    {
        ArgumentNullException.ThrowIfNull(plant);
        ArgumentNullException.ThrowIfNull(options);
        (_plant, _options) = (plant, options);
        int channels = plant.Thermocouples.ChannelCount;
        _lastValidCelsius = [.. Enumerable.Repeat(double.NaN, channels)];
        _lastValidTime = new DateTimeOffset[channels];
        _tank = new ArgonTankGauge(options.ArgonMinPsi);
        Readings = new SensorReadings(channels, [.. Enumerable.Range(0, plant.ProbeCount).Select(p => TipChannelOf(plant, p))]);
    }

    public SensorReadings Readings { get; }

    public SensorReadings Read(DateTimeOffset now)
    {
        var readings = Readings;
        var bank = _plant.Thermocouples;
        for (int c = 0; c < readings.Celsius.Length; c++)
        {
            var reading = bank.Read(c);
            // The controller's own enum, bit for bit the amplifier's (SensorFaultsTests): a cast, no allocation.
            var faults = (SensorFaults)reading.Faults;
            double value = reading.TemperatureCelsius;
            if (faults == SensorFaults.None && !IsPlausible(c, value, now))
            {
                faults = Implausible;
            }

            if (faults == SensorFaults.None && double.IsFinite(value))
            {
                (readings.Celsius[c], readings.Faults[c], readings.InvalidSince[c]) = (value, faults, null);
                (_lastValidCelsius[c], _lastValidTime[c]) = (value, now);
            }
            else
            {
                // Never a number for an invalid reading: NaN is what control and display see.
                (readings.Celsius[c], readings.Faults[c]) = (double.NaN, faults == SensorFaults.None ? Implausible : faults);
                readings.InvalidSince[c] ??= now;
            }
        }

        (readings.ArgonPsi, readings.ArgonFault) = ReadPressure(GasSupply.Argon);
        (readings.ThawPsi, readings.ThawFault) = ReadPressure(GasSupply.ThawGas);
        readings.ArgonMinutesLeft = _tank.Track(readings.ArgonPsi, now);
        return readings;
    }

    private static int TipChannelOf(PlantHardware plant, int probe)
    {
        for (int c = 0; c < plant.Channels.Count; c++)
        {
            if (plant.Channels[c].TipOfProbe == probe)
            {
                return c;
            }
        }

        return -1;
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

    private (double Psi, SupplyFault Fault) ReadPressure(GasSupply supply)
    {
        var reading = _plant.Pressures.Read(supply);
        return reading.IsValid && double.IsFinite(reading.Psi) ? (reading.Psi, SupplyFault.None) : (double.NaN, reading.IsValid ? SupplyFault.BusFailure : (SupplyFault)reading.Fault);
    }
}
