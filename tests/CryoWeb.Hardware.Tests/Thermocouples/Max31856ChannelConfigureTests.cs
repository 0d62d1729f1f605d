using CryoWeb.Hardware.Thermocouples.Max31856;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.Hardware.Tests.Thermocouples;

/// <summary>
/// Expected bytes derived by hand from the datasheet bit layout:
/// CR0 = bit7 CMODE | bit6 1SHOT | bits5:4 OCFAULT | bit3 CJ disable | bit2 FAULT mode | bit1 FAULTCLR | bit0 50 Hz;
/// CR1 = bit7 reserved 0 | bits6:4 AVGSEL (1,2,4,8,16 samples = 0..4) | bits3:0 TC type (B,E,J,K,N,R,S,T = 0..7).
/// CryoWeb always sets CMODE = 1 and leaves 1SHOT, CJ disable, FAULT mode (comparator) and FAULTCLR at 0.
/// </summary>
public sealed class Max31856ChannelConfigureTests : IDisposable
{
    private readonly FakeMax31856SpiDevice _spi = new();
    private readonly FakeTimeProvider _time = new();

    public void Dispose() => _spi.Dispose();

    /// <summary>
    /// T/4/50 Hz/01: CR0 = 0x80 | (01 &lt;&lt; 4 = 0x10) | 0x01 = 0x91; CR1 = (2 &lt;&lt; 4 = 0x20) | 7 = 0x27.
    /// K/1/60 Hz/off: CR0 = 0x80; CR1 = 0x00 | 3 = 0x03.
    /// J/16/60 Hz/11: CR0 = 0x80 | 0x30 = 0xB0; CR1 = 0x40 | 2 = 0x42.
    /// B/2/50 Hz/10: CR0 = 0x80 | 0x20 | 0x01 = 0xA1; CR1 = 0x10 | 0 = 0x10.
    /// E/8/50 Hz/off: CR0 = 0x81; CR1 = 0x30 | 1 = 0x31.
    /// N/4/60 Hz/01: CR0 = 0x90; CR1 = 0x20 | 4 = 0x24.
    /// R/1/50 Hz/11: CR0 = 0xB1; CR1 = 0x05.
    /// S/8/60 Hz/10: CR0 = 0xA0; CR1 = 0x30 | 6 = 0x36.
    /// </summary>
    public static TheoryData<ThermocoupleType, Averaging, MainsRejection, OpenCircuitDetection, byte, byte> Settings =>
        new()
        {
            { ThermocoupleType.T, Averaging.Samples4, MainsRejection.Hz50, OpenCircuitDetection.ShortLead, 0x91, 0x27 },
            { ThermocoupleType.K, Averaging.Samples1, MainsRejection.Hz60, OpenCircuitDetection.Disabled, 0x80, 0x03 },
            { ThermocoupleType.J, Averaging.Samples16, MainsRejection.Hz60, OpenCircuitDetection.LongLeadSlow, 0xB0, 0x42 },
            { ThermocoupleType.B, Averaging.Samples2, MainsRejection.Hz50, OpenCircuitDetection.LongLeadFast, 0xA1, 0x10 },
            { ThermocoupleType.E, Averaging.Samples8, MainsRejection.Hz50, OpenCircuitDetection.Disabled, 0x81, 0x31 },
            { ThermocoupleType.N, Averaging.Samples4, MainsRejection.Hz60, OpenCircuitDetection.ShortLead, 0x90, 0x24 },
            { ThermocoupleType.R, Averaging.Samples1, MainsRejection.Hz50, OpenCircuitDetection.LongLeadSlow, 0xB1, 0x05 },
            { ThermocoupleType.S, Averaging.Samples8, MainsRejection.Hz60, OpenCircuitDetection.LongLeadFast, 0xA0, 0x36 },
        };

    [Fact]
    public void Default_settings_are_type_T_4_samples_50_Hz_short_lead_open_circuit_detection()
    {
        Assert.Equal(
            new Max31856Settings(ThermocoupleType.T, Averaging.Samples4, MainsRejection.Hz50, OpenCircuitDetection.ShortLead),
            Max31856Settings.Default);
        Assert.Equal(Max31856Settings.Default, new Max31856Settings());
    }

    [Fact]
    public void Default_configuration_stops_conversions_writes_everything_then_starts_automatic_conversion()
    {
        using Max31856Channel channel = CreateChannel(Max31856Settings.Default);

        channel.Configure();

        // 1: from CR0 (write address 0x80): CR0 without CMODE (0x11), CR1 0x27, MASK 0x00 (nothing masked).
        // 2: CR0 with CMODE (0x91).
        Assert.Collection(
            _spi.WriteTransactions,
            t => Assert.Equal(new byte[] { 0x80, 0x11, 0x27, 0x00 }, t),
            t => Assert.Equal(new byte[] { 0x80, 0x91 }, t));
        Assert.Equal((byte)0x91, _spi[Max31856Register.CR0]);
        Assert.Equal((byte)0x27, _spi[Max31856Register.CR1]);
        Assert.Equal((byte)0x00, _spi[Max31856Register.MASK]);
        Assert.Equal((byte)0x00, _spi.LastReadAddress);
        Assert.Equal(4, _spi.LastReadLength);
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Configuration_bytes_follow_the_datasheet_bit_layout(
        ThermocoupleType type, Averaging averaging, MainsRejection mains, OpenCircuitDetection openCircuit, byte cr0, byte cr1)
    {
        using Max31856Channel channel = CreateChannel(new Max31856Settings(type, averaging, mains, openCircuit));

        channel.Configure();

        Assert.Equal(cr0, _spi[Max31856Register.CR0]);
        Assert.Equal(cr1, _spi[Max31856Register.CR1]);
        Assert.Equal((byte)0x00, _spi[Max31856Register.MASK]);
        Assert.Equal((byte)(cr0 & 0x7F), _spi.WriteTransactions[0][1]);
        Assert.Equal(new byte[] { 0x80, cr0 }, _spi.WriteTransactions[1]);
    }

    [Fact]
    public void A_chip_that_keeps_its_power_on_values_fails_verification_naming_CR0()
    {
        _spi.IgnoreWrites = true;
        using Max31856Channel channel = CreateChannel(Max31856Settings.Default);

        var ex = Assert.Throws<Max31856ConfigurationException>(channel.Configure);

        Assert.Equal(Max31856Register.CR0, ex.Register);
        Assert.Equal((byte)0x91, ex.Written);
        Assert.Equal((byte)0x00, ex.ReadBack);
        Assert.Contains("'TS3'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("CR0 (0x00) read back 0x00 after writing 0x91", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_chip_with_MISO_pulled_high_fails_verification()
    {
        _spi.StuckMiso = 0xFF;
        using Max31856Channel channel = CreateChannel(Max31856Settings.Default);

        var ex = Assert.Throws<Max31856ConfigurationException>(channel.Configure);

        Assert.Equal(Max31856Register.CR0, ex.Register);
        Assert.Equal((byte)0xFF, ex.ReadBack);
        Assert.Contains("no amplifier answers", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_read_back_of_a_later_register_names_that_register()
    {
        _spi.ForcedRead = (Max31856Register.MASK, 0xFF);
        using Max31856Channel channel = CreateChannel(Max31856Settings.Default);

        var ex = Assert.Throws<Max31856ConfigurationException>(channel.Configure);

        Assert.Equal(Max31856Register.MASK, ex.Register);
        Assert.Equal((byte)0x00, ex.Written);
        Assert.Equal((byte)0xFF, ex.ReadBack);
        Assert.Contains("MASK (0x02) read back 0xFF after writing 0x00", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_bus_during_configuration_is_a_configuration_exception()
    {
        _spi.ThrowOnTransfer = new IOException("Can not open SPI device file '/dev/spidev0.0'.");
        using Max31856Channel channel = CreateChannel(Max31856Settings.Default);

        var ex = Assert.Throws<Max31856ConfigurationException>(channel.Configure);

        Assert.Null(ex.Register);
        Assert.IsType<IOException>(ex.InnerException);
        Assert.Contains("'TS3'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_setting_values_are_rejected_naming_the_setting()
    {
        var settings = new Max31856Settings(Averaging: (Averaging)5);

        var ex = Assert.Throws<ArgumentException>(() => CreateChannel(settings));

        Assert.Equal("Averaging", ex.ParamName);
    }

    private Max31856Channel CreateChannel(Max31856Settings settings) =>
        new(_spi, new NativeChipSelect(), settings, _time, "TS3");
}
