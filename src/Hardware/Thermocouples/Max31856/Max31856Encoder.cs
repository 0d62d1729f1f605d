namespace CryoWeb.Hardware.Thermocouples.Max31856;

/// <summary>Pure encoding of <see cref="Max31856Settings"/> into the configuration register bytes.</summary>
internal static class Max31856Encoder
{
    /// <summary>CR0 bit 7: automatic conversion mode (a conversion about every 100 ms).</summary>
    internal const byte Cr0AutomaticConversion = 0x80;

    /// <summary>CR0 bit 6: one-shot conversion. Never set by CryoWeb.</summary>
    internal const byte Cr0OneShot = 0x40;

    /// <summary>CR0 bit 3: cold-junction sensor disabled. Never set by CryoWeb.</summary>
    internal const byte Cr0ColdJunctionDisabled = 0x08;

    /// <summary>CR0 bit 2: interrupt fault mode (0 = comparator mode, which CryoWeb uses).</summary>
    internal const byte Cr0InterruptFaultMode = 0x04;

    /// <summary>Register write: address with bit 7 set.</summary>
    internal const byte WriteFlag = 0x80;

    /// <summary>Register read: address with bit 7 clear.</summary>
    internal const byte ReadAddressMask = 0x7F;

    /// <summary>MASK value: no fault is masked.</summary>
    internal const byte MaskNone = 0x00;

    /// <summary>
    /// CR0: CMODE = 1, 1SHOT = 0, OCFAULT = settings, CJ enabled (0), comparator fault mode (0), FAULTCLR = 0,
    /// 50/60 Hz = settings.
    /// </summary>
    internal static byte EncodeCr0(Max31856Settings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        int ocFault = ((int)settings.OpenCircuitDetection & 0x03) << 4;
        int mains = (int)settings.MainsRejection & 0x01;
        return (byte)(Cr0AutomaticConversion | ocFault | mains);
    }

    /// <summary>CR1: bit 7 reserved (0), AVGSEL in bits 6:4, TC TYPE in bits 3:0.</summary>
    internal static byte EncodeCr1(Max31856Settings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        int averaging = ((int)settings.Averaging & 0x07) << 4;
        int type = (int)settings.Type & 0x0F;
        return (byte)(averaging | type);
    }

    internal static byte ReadAddress(Max31856Register register) => (byte)((byte)register & ReadAddressMask);

    internal static byte WriteAddress(Max31856Register register) => (byte)((byte)register | WriteFlag);
}
