namespace CryoWeb.Hardware;

/// <summary>How big a console can be: the same limits for the real plant's configuration and the simulator's layout.</summary>
public static class PlantLimits
{
    public const int MaxProbes = 8;

    /// <summary>MAX31856 amplifiers: probe tips plus thermal sensors.</summary>
    public const int MaxThermocoupleChannels = 16;
}
