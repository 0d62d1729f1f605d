using CryoWeb.Hardware.Thermocouples;
using CryoWeb.Hardware.Thermocouples.Max31856;

namespace CryoWeb.Hardware.Tests.Thermocouples;

/// <summary>Register vectors written out as literal bytes, not computed with the driver's formula.</summary>
public class Max31856DecoderTests
{
    /// <summary>
    /// Datasheet table "Linearized Thermocouple Temperature Data Format" (LTCBH, LTCBM, LTCBL), plus four
    /// vectors derived by hand. Derivation: counts = C * 128; negative counts become 2^19 + counts; the 19-bit
    /// value is placed in bits 23:5 of the three bytes (shift left by 5).
    ///   +100: 12800 = 0x03200; 0x03200 &lt;&lt; 5 = 0x064000 -> 06 40 00
    ///   -40:  -5120;  524288 - 5120  = 519168 = 0x7EC00; &lt;&lt; 5 = 0xFD8000 -> FD 80 00
    ///   -145: -18560; 524288 - 18560 = 505728 = 0x7B780; &lt;&lt; 5 = 0xF6F000 -> F6 F0 00
    ///   -200: -25600; 524288 - 25600 = 498688 = 0x79C00; &lt;&lt; 5 = 0xF38000 -> F3 80 00
    /// </summary>
    public static TheoryData<byte, byte, byte, double> TemperatureVectors => new()
    {
        { 0x64, 0x00, 0x00, 1600.0 },
        { 0x3E, 0x80, 0x00, 1000.0 },
        { 0x06, 0x4F, 0x00, 100.9375 },
        { 0x06, 0x40, 0x00, 100.0 },
        { 0x01, 0x90, 0x00, 25.0 },
        { 0x00, 0x01, 0x00, 0.0625 },
        { 0x00, 0x00, 0x20, 0.0078125 },
        { 0x00, 0x00, 0x00, 0.0 },
        { 0xFF, 0xFF, 0xE0, -0.0078125 },
        { 0xFF, 0xFC, 0x00, -0.25 },
        { 0xFF, 0xF0, 0x00, -1.0 },
        { 0xFD, 0x80, 0x00, -40.0 },
        { 0xF6, 0xF0, 0x00, -145.0 },
        { 0xF3, 0x80, 0x00, -200.0 },
        { 0xF0, 0x60, 0x00, -250.0 },
    };

    /// <summary>Datasheet table "Cold-Junction Temperature Data Format" (CJTH, CJTL).</summary>
    public static TheoryData<byte, byte, double> ColdJunctionVectors => new()
    {
        { 0x7F, 0xFC, 127.984375 },
        { 0x7D, 0x00, 125.0 },
        { 0x19, 0x00, 25.0 },
        { 0x00, 0x00, 0.0 },
        { 0xFF, 0xFC, -0.015625 },
        { 0xE7, 0x00, -25.0 },
        { 0xC9, 0x00, -55.0 },
    };

    [Theory]
    [MemberData(nameof(TemperatureVectors))]
    public void Linearised_temperature_matches_the_datasheet_table(byte ltcbh, byte ltcbm, byte ltcbl, double celsius)
    {
        Assert.Equal(celsius, Max31856Decoder.DecodeTemperatureCelsius(ltcbh, ltcbm, ltcbl));
    }

    [Theory]
    [MemberData(nameof(ColdJunctionVectors))]
    public void Cold_junction_matches_the_datasheet_table(byte cjth, byte cjtl, double celsius)
    {
        Assert.Equal(celsius, Max31856Decoder.DecodeColdJunctionCelsius(cjth, cjtl));
    }

    [Fact]
    public void Extremes_of_the_19_bit_range_sign_extend()
    {
        // Largest positive: 0x3FFFF counts = 0x7FFFE0 placed; most negative: 0x40000 -> 0x800000.
        Assert.Equal(262143, Max31856Decoder.DecodeTemperatureCounts(0x7F, 0xFF, 0xE0));
        Assert.Equal(-262144, Max31856Decoder.DecodeTemperatureCounts(0x80, 0x00, 0x00));
        Assert.Equal(-1, Max31856Decoder.DecodeTemperatureCounts(0xFF, 0xFF, 0xE0));
    }

    [Fact]
    public void Unused_low_bits_do_not_change_the_value()
    {
        // LTCBL bits 4:0 and CJTL bits 1:0 are not part of the result.
        Assert.Equal(-40.0, Max31856Decoder.DecodeTemperatureCelsius(0xFD, 0x80, 0x1F));
        Assert.Equal(25.0, Max31856Decoder.DecodeColdJunctionCelsius(0x19, 0x03));
    }

    [Fact]
    public void Minus_40_is_not_misread_as_sign_magnitude()
    {
        // Iot.Device.Bindings 4.2.0 treats bit 18 as a sign and the rest as a magnitude: 0xFD8000 would then be
        // -(0x3EC00 / 128) = -2008 C. Two's complement gives -40 C.
        double celsius = Max31856Decoder.DecodeTemperatureCelsius(0xFD, 0x80, 0x00);
        Assert.Equal(-40.0, celsius);
        Assert.NotEqual(40.0, celsius);
        Assert.NotEqual(-2008.0, celsius);
    }

    [Fact]
    public void Status_register_maps_bit_for_bit_onto_the_fault_flags()
    {
        Assert.Equal(ThermocoupleFaults.None, Max31856Decoder.DecodeFaults(0x00));
        Assert.Equal(ThermocoupleFaults.OpenCircuit, Max31856Decoder.DecodeFaults(0x01));
        Assert.Equal(ThermocoupleFaults.OverUnderVoltage, Max31856Decoder.DecodeFaults(0x02));
        Assert.Equal(ThermocoupleFaults.TcLow, Max31856Decoder.DecodeFaults(0x04));
        Assert.Equal(ThermocoupleFaults.TcHigh, Max31856Decoder.DecodeFaults(0x08));
        Assert.Equal(ThermocoupleFaults.CjLow, Max31856Decoder.DecodeFaults(0x10));
        Assert.Equal(ThermocoupleFaults.CjHigh, Max31856Decoder.DecodeFaults(0x20));
        Assert.Equal(ThermocoupleFaults.TcRange, Max31856Decoder.DecodeFaults(0x40));
        Assert.Equal(ThermocoupleFaults.CjRange, Max31856Decoder.DecodeFaults(0x80));
    }

    [Fact]
    public void A_frame_decodes_cold_junction_temperature_and_no_fault()
    {
        var timestamp = new DateTimeOffset(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);
        byte[] frame = [0x19, 0x00, 0xF6, 0xF0, 0x00, 0x00];

        ThermocoupleReading reading = Max31856Decoder.DecodeFrame(frame, timestamp);

        Assert.Equal(new ThermocoupleReading(-145.0, 25.0, ThermocoupleFaults.None, timestamp), reading);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF })]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 })]
    [InlineData(new byte[] { 0x19, 0x00, 0x01, 0x90, 0x00 })]
    public void Stuck_or_short_frames_are_bus_failures(byte[] frame)
    {
        ThermocoupleReading reading = Max31856Decoder.DecodeFrame(frame, DateTimeOffset.UnixEpoch);

        Assert.Equal(ThermocoupleFaults.BusFailure, reading.Faults);
        Assert.True(double.IsNaN(reading.TemperatureCelsius));
        Assert.True(double.IsNaN(reading.ColdJunctionCelsius));
    }

    [Fact]
    public void Zero_degrees_with_a_warm_cold_junction_is_a_valid_reading()
    {
        byte[] frame = [0x19, 0x00, 0x00, 0x00, 0x00, 0x00];

        ThermocoupleReading reading = Max31856Decoder.DecodeFrame(frame, DateTimeOffset.UnixEpoch);

        Assert.True(reading.IsValid);
        Assert.Equal(0.0, reading.TemperatureCelsius);
        Assert.Equal(25.0, reading.ColdJunctionCelsius);
    }
}
