namespace CryoWeb.Controller.Sensors;

/// <summary>
/// What the sensor stage found this tick, validated: temperatures (NaN where a reading cannot be trusted, with the
/// fault saying why), since when each channel has been invalid, the supply pressures (NaN on a sensor fault) and the
/// argon left. Preallocated and rewritten every tick; the later stages of the same tick read it, nobody else does.
/// </summary>
public sealed class SensorReadings
{
    private readonly int[] _tipChannel;

    /// <param name="channels">Thermocouple channel count.</param>
    /// <param name="tipChannelOfProbe">Per zero-based probe, the channel of its tip thermocouple (-1 = none).</param>
    public SensorReadings(int channels, IReadOnlyList<int> tipChannelOfProbe)
    {
        ArgumentNullException.ThrowIfNull(tipChannelOfProbe);
        Celsius = [.. Enumerable.Repeat(double.NaN, channels)];
        Faults = new SensorFaults[channels];
        InvalidSince = new DateTimeOffset?[channels];
        _tipChannel = [.. tipChannelOfProbe];
    }

    /// <summary>Per channel: the validated temperature; NaN when invalid (never used for control, never shown).</summary>
    public double[] Celsius { get; }

    /// <summary>Per channel: why the reading is invalid (<see cref="SensorFaults.None"/> when valid).</summary>
    public SensorFaults[] Faults { get; }

    /// <summary>Per channel: when the channel last became invalid; null while it reads valid.</summary>
    public DateTimeOffset?[] InvalidSince { get; }

    public double ArgonPsi { get; set; } = double.NaN;

    public double ThawPsi { get; set; } = double.NaN;

    public SupplyFault ArgonFault { get; set; }

    public SupplyFault ThawFault { get; set; }

    /// <summary>Estimated minutes of argon left at the present use; +infinity when no gas is used; NaN when unknown.</summary>
    public double ArgonMinutesLeft { get; set; } = double.PositiveInfinity;

    public int ChannelCount => Celsius.Length;

    public int ProbeCount => _tipChannel.Length;

    /// <summary>The channel of the probe's tip thermocouple; -1 when it has none.</summary>
    public int TipChannel(int probe) => _tipChannel[probe];

    public bool TipValid(int probe) => _tipChannel[probe] >= 0 && !double.IsNaN(Celsius[_tipChannel[probe]]);

    public double TipCelsius(int probe) => _tipChannel[probe] >= 0 ? Celsius[_tipChannel[probe]] : double.NaN;

    /// <summary>Whether the channel has read invalid for at least <paramref name="grace"/> (false while valid).</summary>
    public bool InvalidFor(int channel, TimeSpan grace, DateTimeOffset now) => InvalidSince[channel] is DateTimeOffset since && now - since >= grace;

    /// <summary>Every channel reports a bus failure: no temperature at all is known (false without channels).</summary>
    public bool BusDown
    {
        get
        {
            bool down = Faults.Length > 0;
            for (int c = 0; c < Faults.Length; c++)
            {
                down &= (Faults[c] & SensorFaults.BusFailure) != 0;
            }

            return down;
        }
    }
}
