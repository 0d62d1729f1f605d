namespace CryoWeb.Hardware.Thermocouples.Max31856;

/// <summary>
/// MAX31856 register addresses (datasheet "Memory Map"). A read uses the address with bit 7 clear
/// (<see cref="Max31856Register"/> value &amp; 0x7F), a write the address with bit 7 set (| 0x80).
/// Multi-byte reads and writes auto-increment the address.
/// </summary>
public enum Max31856Register : byte
{
    /// <summary>Configuration 0: conversion mode, one-shot, open-circuit detection, cold junction, fault mode, mains filter.</summary>
    CR0 = 0x00,

    /// <summary>Configuration 1: averaging (AVGSEL) and thermocouple type.</summary>
    CR1 = 0x01,

    /// <summary>Fault mask: a set bit hides the matching fault from the FAULT pin (not from SR).</summary>
    MASK = 0x02,

    /// <summary>Cold-junction high fault threshold.</summary>
    CJHF = 0x03,

    /// <summary>Cold-junction low fault threshold.</summary>
    CJLF = 0x04,

    /// <summary>Linearised temperature high fault threshold, MSB.</summary>
    LTHFTH = 0x05,

    /// <summary>Linearised temperature high fault threshold, LSB.</summary>
    LTHFTL = 0x06,

    /// <summary>Linearised temperature low fault threshold, MSB.</summary>
    LTLFTH = 0x07,

    /// <summary>Linearised temperature low fault threshold, LSB.</summary>
    LTLFTL = 0x08,

    /// <summary>Cold-junction temperature offset.</summary>
    CJTO = 0x09,

    /// <summary>Cold-junction temperature, MSB.</summary>
    CJTH = 0x0A,

    /// <summary>Cold-junction temperature, LSB (bits 7:2).</summary>
    CJTL = 0x0B,

    /// <summary>Linearised thermocouple temperature, byte 2 (MSB).</summary>
    LTCBH = 0x0C,

    /// <summary>Linearised thermocouple temperature, byte 1.</summary>
    LTCBM = 0x0D,

    /// <summary>Linearised thermocouple temperature, byte 0 (bits 7:5).</summary>
    LTCBL = 0x0E,

    /// <summary>Fault status register.</summary>
    SR = 0x0F,
}
