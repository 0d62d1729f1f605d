namespace CryoWeb.Hardware.Configuration;

/// <summary>Which plant the console drives.</summary>
public enum PlantMode
{
    /// <summary>The physical simulator (the default when no hardware is configured).</summary>
    Simulator,

    /// <summary>GPIO valves, MAX31856 thermocouples on SPI and ADS1115 pressure on I2C.</summary>
    Physical,
}
