namespace CryoWeb.Hardware.Configuration;

/// <summary>One pressure transducer on an ADS1115 input, with its linear scale.</summary>
public sealed class PressureInputOptions
{
    /// <summary>ADS1115 single-ended input 0..3; empty when this supply has no transducer.</summary>
    public int? Input { get; set; }

    public double MinVolts { get; set; } = 0.5;

    public double MaxVolts { get; set; } = 4.5;

    public double MinPsi { get; set; }

    public double MaxPsi { get; set; } = 6000;
}
