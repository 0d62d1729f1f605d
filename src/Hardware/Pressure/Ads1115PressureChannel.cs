namespace CryoWeb.Hardware.Pressure;

/// <summary>
/// One supply pressure transducer on an ADS1115: the supply it measures, the single-ended input it is wired to
/// (0..3 = AIN0..AIN3, measured against GND) and its scale in volts at the ADC pin.
/// </summary>
public sealed record Ads1115PressureChannel(GasSupply Supply, int Input, PressureTransducerScale Scale);
