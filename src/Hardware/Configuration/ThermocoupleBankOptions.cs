namespace CryoWeb.Hardware.Configuration;

/// <summary>Section Hardware:Thermocouples: the MAX31856 amplifiers on one SPI bus.</summary>
public sealed class ThermocoupleBankOptions
{
    public int SpiBus { get; set; }

    public int ClockHz { get; set; } = 1_000_000;

    /// <summary>Thermocouple type letter: B, E, J, K, N, R, S or T (T for cryogenic work).</summary>
    public string Type { get; set; } = "T";

    /// <summary>Samples averaged by the amplifier: 1, 2, 4, 8 or 16.</summary>
    public int Averaging { get; set; } = 4;

    /// <summary>Mains frequency to reject: 50 or 60.</summary>
    public int MainsHz { get; set; } = 50;

    public IList<ThermocoupleChannelOptions> Channels { get; } = [];
}
