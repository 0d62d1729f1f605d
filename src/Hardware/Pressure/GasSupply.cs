namespace CryoWeb.Hardware.Pressure;

/// <summary>A gas supply line whose pressure is measured.</summary>
public enum GasSupply
{
    Argon,
    ThawGas,
}
