using System.Device.Spi;
using CryoWeb.Hardware.Thermocouples.Max31856;

namespace CryoWeb.Hardware.Tests.Thermocouples;

/// <summary>
/// Emulates the MAX31856 register file behind SPI: 16 registers; the first byte of a transaction is the address
/// (bit 7 set = write, clear = read) and the address auto-increments for every further byte, wrapping after 0x0F.
/// The response to the address byte is don't-care (this fake answers 0xA5 so a driver that uses it is caught).
/// Write transactions are recorded; read transactions do not allocate.
/// </summary>
internal sealed class FakeMax31856SpiDevice : SpiDevice
{
    private const byte DontCareResponse = 0xA5;
    private readonly byte[] _registers = new byte[16];
    private readonly List<(Max31856Register Register, byte Value)> _writes = [];
    private readonly List<byte[]> _transactions = [];

    public FakeMax31856SpiDevice()
    {
        // Power-on defaults from the datasheet memory map.
        _registers[(int)Max31856Register.CR1] = 0x03;
        _registers[(int)Max31856Register.MASK] = 0xFF;
        _registers[(int)Max31856Register.CJHF] = 0x7F;
        _registers[(int)Max31856Register.CJLF] = 0xC0;
        _registers[(int)Max31856Register.LTHFTH] = 0x7F;
        _registers[(int)Max31856Register.LTHFTL] = 0xFF;
        _registers[(int)Max31856Register.LTLFTH] = 0x80;
    }

    public override SpiConnectionSettings ConnectionSettings { get; } =
        Max31856Spi.CreateConnectionSettings(busId: 0, chipSelectLine: 0);

    /// <summary>When set, every transfer throws this exception.</summary>
    public Exception? ThrowOnTransfer { get; set; }

    /// <summary>When set, MISO is stuck: every response byte is this value (0xFF: pulled high, chip absent).</summary>
    public byte? StuckMiso { get; set; }

    /// <summary>When true, writes are recorded but do not change the registers (a chip that ignores writes).</summary>
    public bool IgnoreWrites { get; set; }

    /// <summary>When set, this register always reads back this value, whatever was written.</summary>
    public (Max31856Register Register, byte Value)? ForcedRead { get; set; }

    /// <summary>Called inside every transfer, between the chip select edges.</summary>
    public Action? DuringTransfer { get; set; }

    /// <summary>Every register written, in order, one entry per byte.</summary>
    public IReadOnlyList<(Max31856Register Register, byte Value)> Writes => _writes;

    /// <summary>The MOSI bytes of every write transaction, in order.</summary>
    public IReadOnlyList<byte[]> WriteTransactions => _transactions;

    public int TransferCount { get; private set; }

    /// <summary>MOSI address byte of the last read transaction.</summary>
    public byte? LastReadAddress { get; private set; }

    /// <summary>Length in bytes (address included) of the last read transaction.</summary>
    public int LastReadLength { get; private set; }

    public bool IsDisposed { get; private set; }

    public byte this[Max31856Register register]
    {
        get => _registers[(int)register];
        set => _registers[(int)register] = value;
    }

    /// <summary>Sets CJTH, CJTL, LTCBH, LTCBM, LTCBL and SR as the chip would after a conversion.</summary>
    public void SetMeasurement(byte cjth, byte cjtl, byte ltcbh, byte ltcbm, byte ltcbl, byte sr)
    {
        this[Max31856Register.CJTH] = cjth;
        this[Max31856Register.CJTL] = cjtl;
        this[Max31856Register.LTCBH] = ltcbh;
        this[Max31856Register.LTCBM] = ltcbm;
        this[Max31856Register.LTCBL] = ltcbl;
        this[Max31856Register.SR] = sr;
    }

    public override void TransferFullDuplex(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer)
    {
        if (writeBuffer.Length != readBuffer.Length)
        {
            throw new ArgumentException("Buffers of different lengths.");
        }

        Transact(writeBuffer, readBuffer);
    }

    public override void Write(ReadOnlySpan<byte> buffer) => Transact(buffer, []);

    public override void Read(Span<byte> buffer) =>
        throw new InvalidOperationException("A MAX31856 transaction starts with an address byte; a bare read has none.");

    protected override void Dispose(bool disposing)
    {
        IsDisposed = true;
        base.Dispose(disposing);
    }

    private byte ReadRegister(int register) =>
        ForcedRead is { } forced && (int)forced.Register == register ? forced.Value : _registers[register];

    private void Transact(ReadOnlySpan<byte> mosi, Span<byte> miso)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        TransferCount++;
        DuringTransfer?.Invoke();
        if (ThrowOnTransfer is not null)
        {
            throw ThrowOnTransfer;
        }

        if (mosi.Length == 0)
        {
            return;
        }

        bool isWrite = (mosi[0] & 0x80) != 0;
        int address = mosi[0] & 0x0F;
        if (isWrite)
        {
            _transactions.Add(mosi.ToArray());
        }
        else
        {
            LastReadAddress = mosi[0];
            LastReadLength = mosi.Length;
        }

        if (miso.Length > 0)
        {
            miso[0] = DontCareResponse;
        }

        for (int i = 1; i < mosi.Length; i++)
        {
            int register = (address + i - 1) & 0x0F;
            if (isWrite)
            {
                _writes.Add(((Max31856Register)register, mosi[i]));
                if (!IgnoreWrites)
                {
                    _registers[register] = mosi[i];
                }
            }

            if (i < miso.Length)
            {
                miso[i] = StuckMiso ?? (isWrite ? (byte)0x00 : ReadRegister(register));
            }
        }

        if (StuckMiso is byte stuck)
        {
            miso.Fill(stuck);
        }
    }
}
