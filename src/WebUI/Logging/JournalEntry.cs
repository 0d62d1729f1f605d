using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace CryoWeb.WebUI.Logging;

/// <summary>
/// One entry in systemd-journald's native protocol: <c>FIELD=value\n</c> per field, or, for a value holding a newline,
/// <c>FIELD\n</c>, the value's length as a 64-bit little-endian integer, the value and <c>\n</c>. Field names are
/// made valid (upper-case letters, digits and underscores, not starting with an underscore or digit, at most 64).
/// </summary>
public sealed class JournalEntry
{
    private readonly ArrayBufferWriter<byte> _buffer = new(512);

    public ReadOnlyMemory<byte> Bytes => _buffer.WrittenMemory;

    public void Add(string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        WriteName(name);
        if (value.Contains('\n', StringComparison.Ordinal))
        {
            Write("\n"u8);
            int length = Encoding.UTF8.GetByteCount(value);
            BinaryPrimitives.WriteUInt64LittleEndian(_buffer.GetSpan(8), (ulong)length);
            _buffer.Advance(8);
            _buffer.Advance(Encoding.UTF8.GetBytes(value, _buffer.GetSpan(length)));
        }
        else
        {
            Write("="u8);
            _buffer.Advance(Encoding.UTF8.GetBytes(value, _buffer.GetSpan(Encoding.UTF8.GetByteCount(value))));
        }

        Write("\n"u8);
    }

    public void Add(string name, object? value) => Add(name, value switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    });

    /// <summary>A message-template property name as a journal field: <c>TipCelsius</c> becomes <c>TIP_CELSIUS</c>.</summary>
    public static string FieldName(string prefix, string property)
    {
        var name = new StringBuilder(prefix.Length + property.Length + 4).Append(prefix);
        for (int i = 0; i < property.Length; i++)
        {
            char c = property[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(property[i - 1]) || char.IsDigit(property[i - 1])))
            {
                name.Append('_');
            }

            name.Append(char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        }

        return name.Length > 64 ? name.ToString(0, 64) : name.ToString();
    }

    private void WriteName(string name)
    {
        foreach (char c in name)
        {
            byte b = (byte)(char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
            _buffer.GetSpan(1)[0] = b;
            _buffer.Advance(1);
        }
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.GetSpan(bytes.Length));
        _buffer.Advance(bytes.Length);
    }
}
