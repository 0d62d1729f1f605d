namespace CryoWeb.Hardware.Thermocouples.Max31856;

/// <summary>Pure decoding of MAX31856 register bytes. No I/O, no allocation.</summary>
internal static class Max31856Decoder
{
    /// <summary>Linearised thermocouple temperature resolution: 2^-7 C per LSB of the 19-bit value.</summary>
    internal const double TemperatureCelsiusPerLsb = 0.0078125;

    /// <summary>Cold-junction temperature resolution: 2^-6 C per LSB of the 14-bit value.</summary>
    internal const double ColdJunctionCelsiusPerLsb = 0.015625;

    /// <summary>Bytes in a measurement frame: CJTH, CJTL, LTCBH, LTCBM, LTCBL, SR.</summary>
    internal const int FrameLength = 6;

    /// <summary>
    /// The 19-bit two's-complement linearised temperature in LSBs: LTCBH:LTCBM:LTCBL[7:5]. The bytes are
    /// placed at the top of an int so the arithmetic right shift sign-extends bit 18.
    /// </summary>
    internal static int DecodeTemperatureCounts(byte ltcbh, byte ltcbm, byte ltcbl) =>
        ((ltcbh << 24) | (ltcbm << 16) | (ltcbl << 8)) >> 13;

    internal static double DecodeTemperatureCelsius(byte ltcbh, byte ltcbm, byte ltcbl) =>
        DecodeTemperatureCounts(ltcbh, ltcbm, ltcbl) * TemperatureCelsiusPerLsb;

    /// <summary>The 14-bit two's-complement cold-junction temperature in LSBs: CJTH:CJTL[7:2].</summary>
    internal static int DecodeColdJunctionCounts(byte cjth, byte cjtl) =>
        ((cjth << 24) | (cjtl << 16)) >> 18;

    internal static double DecodeColdJunctionCelsius(byte cjth, byte cjtl) =>
        DecodeColdJunctionCounts(cjth, cjtl) * ColdJunctionCelsiusPerLsb;

    /// <summary>The fault status register maps bit for bit onto the low byte of <see cref="ThermocoupleFaults"/>.</summary>
    internal static ThermocoupleFaults DecodeFaults(byte sr) => (ThermocoupleFaults)sr;

    /// <summary>
    /// Decodes the six registers CJTH..SR. A frame whose bytes are all 0xFF (MISO pulled high: no chip answering)
    /// or all 0x00 (MISO held low, or a chip that has not finished its first conversion since power-up) is a
    /// <see cref="ThermocoupleFaults.BusFailure"/>. Any fault status bit gives a faulted reading (NaN temperatures).
    /// </summary>
    internal static ThermocoupleReading DecodeFrame(ReadOnlySpan<byte> frame, DateTimeOffset timestamp)
    {
        if (frame.Length != FrameLength)
        {
            return ThermocoupleReading.Faulted(ThermocoupleFaults.BusFailure, timestamp);
        }

        if (IsStuckBus(frame))
        {
            return ThermocoupleReading.Faulted(ThermocoupleFaults.BusFailure, timestamp);
        }

        ThermocoupleFaults faults = DecodeFaults(frame[5]);
        if (faults != ThermocoupleFaults.None)
        {
            return ThermocoupleReading.Faulted(faults, timestamp);
        }

        return new ThermocoupleReading(
            DecodeTemperatureCelsius(frame[2], frame[3], frame[4]),
            DecodeColdJunctionCelsius(frame[0], frame[1]),
            ThermocoupleFaults.None,
            timestamp);
    }

    /// <summary>True when every byte is 0xFF or every byte is 0x00.</summary>
    internal static bool IsStuckBus(ReadOnlySpan<byte> frame) =>
        !frame.ContainsAnyExcept((byte)0xFF) || !frame.ContainsAnyExcept((byte)0x00);
}
