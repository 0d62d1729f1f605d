namespace CryoWeb.Hardware.Thermocouples.Max31856;

/// <summary>Mains frequency the input filter rejects; the value is MAX31856 CR0 bit 0 (1 = 50 Hz).</summary>
public enum MainsRejection : byte
{
    Hz60 = 0,
    Hz50 = 1,
}
