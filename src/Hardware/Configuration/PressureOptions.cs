namespace CryoWeb.Hardware.Configuration;

/// <summary>Section Hardware:Pressure: an ADS1115 on I2C reading the supply transducers.</summary>
public sealed class PressureOptions
{
    public int I2cBus { get; set; } = 1;

    /// <summary>7-bit I2C address, 0x48 (72) to 0x4B (75).</summary>
    public int Address { get; set; } = 0x48;

    public PressureInputOptions Argon { get; set; } = new() { Input = 0 };

    public PressureInputOptions ThawGas { get; set; } = new() { Input = 1 };
}
