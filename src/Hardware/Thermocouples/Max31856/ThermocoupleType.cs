namespace CryoWeb.Hardware.Thermocouples.Max31856;

/// <summary>Thermocouple type; the value is the MAX31856 CR1 TC TYPE code (bits 3:0).</summary>
public enum ThermocoupleType : byte
{
    B = 0,
    E = 1,
    J = 2,
    K = 3,
    N = 4,
    R = 5,
    S = 6,

    /// <summary>Type T (copper / constantan), CryoWeb's sensor: specified down to -200 C.</summary>
    T = 7,
}
