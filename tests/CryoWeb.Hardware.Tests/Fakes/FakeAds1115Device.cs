using System.Buffers.Binary;
using System.Device.I2c;

namespace CryoWeb.Hardware.Tests.Fakes;

/// <summary>
/// An ADS1115 behind an in-memory I2C device, after the datasheet's register protocol: a write starts with the
/// address-pointer byte (0 conversion, 1 config, 2 Lo_thresh, 3 Hi_thresh); a 3-byte write sets a 16-bit register
/// (big-endian); reads return the register the pointer selects, big-endian. Writing the config with MODE = 1 and
/// OS = 1 starts a single-shot conversion of the selected mux input at the selected PGA range; the config's OS bit
/// reads 0 (busy) for <see cref="BusyPollsPerConversion"/> reads, then 1. The conversion is the input voltage set by
/// the test, quantised like the chip: round(volts / fullScale * 32768), clamped to a 16-bit two's-complement code.
/// </summary>
public sealed class FakeAds1115Device : I2cDevice
{
    private readonly double[] _inputVolts = new double[4];
    private readonly List<ushort> _configWrites = new(capacity: 16_384);
    private byte _pointer;
    private ushort _config = 0x8583; // power-on value from the datasheet
    private short _conversion;
    private int _busyReadsLeft;

    public override I2cConnectionSettings ConnectionSettings { get; } = new(busId: 1, deviceAddress: 0x48);

    /// <summary>While true every transfer throws <see cref="IOException"/>, like a NAK or a dead bus.</summary>
    public bool FailTransfers { get; set; }

    /// <summary>Config reads that report the conversion still running (OS = 0) after each start.</summary>
    public int BusyPollsPerConversion { get; set; }

    public IReadOnlyList<ushort> ConfigWrites => _configWrites;

    public int ConfigReads { get; private set; }

    public int ConversionReads { get; private set; }

    public ushort LoThresh { get; private set; } = 0x8000;

    public ushort HiThresh { get; private set; } = 0x7FFF;

    public bool IsDisposed { get; private set; }

    public void SetInputVolts(int input, double volts) => _inputVolts[input] = volts;

    public void ClearCounters()
    {
        _configWrites.Clear();
        ConfigReads = 0;
        ConversionReads = 0;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ThrowIfFailing();
        if (buffer.Length is not (1 or 3))
        {
            throw new InvalidOperationException($"ADS1115 fake: a write is a pointer byte plus 0 or 2 bytes, not {buffer.Length} bytes.");
        }

        _pointer = (byte)(buffer[0] & 0x03);
        if (buffer.Length == 1)
        {
            return;
        }

        ushort value = BinaryPrimitives.ReadUInt16BigEndian(buffer[1..]);
        switch (_pointer)
        {
            case 0:
                throw new InvalidOperationException("ADS1115 fake: the conversion register is read-only.");
            case 1:
                WriteConfig(value);
                break;
            case 2:
                LoThresh = value;
                break;
            default:
                HiThresh = value;
                break;
        }
    }

    public override void Read(Span<byte> buffer)
    {
        ThrowIfFailing();
        if (buffer.Length != 2)
        {
            throw new InvalidOperationException($"ADS1115 fake: registers are read as 2 bytes, not {buffer.Length}.");
        }

        ushort value;
        switch (_pointer)
        {
            case 0:
                ConversionReads++;
                value = unchecked((ushort)_conversion);
                break;
            case 1:
                ConfigReads++;
                bool busy = _busyReadsLeft > 0;
                if (busy)
                {
                    _busyReadsLeft--;
                }

                value = (ushort)(busy ? _config & 0x7FFF : _config | 0x8000);
                break;
            case 2:
                value = LoThresh;
                break;
            default:
                value = HiThresh;
                break;
        }

        BinaryPrimitives.WriteUInt16BigEndian(buffer, value);
    }

    public override void WriteRead(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer)
    {
        Write(writeBuffer);
        Read(readBuffer);
    }

    protected override void Dispose(bool disposing)
    {
        IsDisposed = true;
        base.Dispose(disposing);
    }

    private void WriteConfig(ushort value)
    {
        _configWrites.Add(value);
        _config = (ushort)(value & 0x7FFF);
        bool singleShot = (value & 0x0100) != 0;
        bool start = (value & 0x8000) != 0;
        if (!singleShot || start)
        {
            Convert();
            _busyReadsLeft = BusyPollsPerConversion;
        }
    }

    private void Convert()
    {
        int mux = (_config >> 12) & 0x7;
        int pga = (_config >> 9) & 0x7;
        double fullScale = pga switch { 0 => 6.144, 1 => 4.096, 2 => 2.048, 3 => 1.024, 4 => 0.512, _ => 0.256 };
        double volts = mux switch
        {
            0 => _inputVolts[0] - _inputVolts[1],
            1 => _inputVolts[0] - _inputVolts[3],
            2 => _inputVolts[1] - _inputVolts[3],
            3 => _inputVolts[2] - _inputVolts[3],
            _ => _inputVolts[mux - 4],
        };
        _conversion = (short)Math.Clamp(Math.Round(volts / fullScale * 32768), short.MinValue, short.MaxValue);
    }

    private void ThrowIfFailing()
    {
        if (FailTransfers)
        {
            throw new IOException("ADS1115 fake: I2C transfer failed (no acknowledge).");
        }
    }
}
