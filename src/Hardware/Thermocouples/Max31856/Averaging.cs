namespace CryoWeb.Hardware.Thermocouples.Max31856;

/// <summary>Samples averaged per conversion; the value is the MAX31856 CR1 AVGSEL code (bits 6:4).</summary>
public enum Averaging : byte
{
    Samples1 = 0,
    Samples2 = 1,
    Samples4 = 2,
    Samples8 = 3,
    Samples16 = 4,
}
