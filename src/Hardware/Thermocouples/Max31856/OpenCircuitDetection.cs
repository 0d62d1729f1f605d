namespace CryoWeb.Hardware.Thermocouples.Max31856;

/// <summary>
/// Open-thermocouple detection; the value is the MAX31856 CR0 OCFAULT code (bits 5:4). The enabled modes differ
/// in the thermocouple's series resistance and input filter time constant they are made for (datasheet CR0 table).
/// </summary>
public enum OpenCircuitDetection : byte
{
    Disabled = 0,

    /// <summary>Code 01: thermocouple series resistance below 5 kOhm (short needle leads).</summary>
    ShortLead = 1,

    /// <summary>Code 10: series resistance 5-40 kOhm, input time constant below 2 ms.</summary>
    LongLeadFast = 2,

    /// <summary>Code 11: series resistance 5-40 kOhm, input time constant above 2 ms.</summary>
    LongLeadSlow = 3,
}
