using System.Buffers.Binary;
using System.Globalization;
using LiteDB;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// All channels of one procedure over at most <see cref="StorageOptions.ChunkLength"/>, built on the writer thread and
/// stored as ONE document. The samples are packed into a single binary field:
/// <c>Rows x int32</c> millisecond offsets from <see cref="StartUtcTicks"/>, then <c>Rows x Channels x int16</c>
/// values row by row (see <see cref="SampleScaling"/>), little-endian. The document id is
/// <c>{procedure:N}/{start ticks:D19}/{unique:N}</c>: one procedure's chunks sort by start time in the primary key,
/// and the unique part keeps a chunk started at the same instant after a clock step back from overwriting another.
/// </summary>
internal sealed class SampleChunk
{
    private const int OffsetBytes = sizeof(int);
    private const int ValueBytes = sizeof(short);

    private int[] _offsetsMs = new int[128];
    private short[] _raw = new short[128 * 16];
    private long _lastTicks;

    public Guid ProcedureId { get; private set; }

    public long StartUtcTicks { get; private set; }

    public int ChannelCount { get; private set; }

    public int RowCount { get; private set; }

    /// <summary>Rows were added since the chunk was last written.</summary>
    public bool Dirty { get; set; }

    public string Id { get; private set; } = "";

    /// <summary>
    /// Lower bound of the ids of a procedure's chunks starting at or after <paramref name="startUtcTicks"/> (and upper
    /// bound of those starting before it): the id without its unique part.
    /// </summary>
    public static string ChunkId(Guid procedureId, long startUtcTicks) =>
        string.Create(CultureInfo.InvariantCulture, $"{procedureId:N}/{Math.Max(0, startUtcTicks):D19}");

    public void Start(Guid procedureId, long startUtcTicks, int channelCount)
    {
        Id = string.Create(CultureInfo.InvariantCulture, $"{ChunkId(procedureId, startUtcTicks)}/{Guid.NewGuid():N}");
        ProcedureId = procedureId;
        StartUtcTicks = startUtcTicks;
        ChannelCount = channelCount;
        RowCount = 0;
        _lastTicks = startUtcTicks;
        Dirty = false;
    }

    /// <summary>Whether a sample can go in this chunk: same width, room left, not before the last row, within the span.</summary>
    public bool Accepts(long utcTicks, int channelCount, TimeSpan chunkLength, int maxRows) =>
        channelCount == ChannelCount
        && RowCount < maxRows
        && utcTicks >= _lastTicks
        && utcTicks - StartUtcTicks < chunkLength.Ticks;

    public void Append(long utcTicks, ReadOnlySpan<float> channelCelsius)
    {
        EnsureCapacity(RowCount + 1);
        _offsetsMs[RowCount] = (int)((utcTicks - StartUtcTicks) / TimeSpan.TicksPerMillisecond);
        var row = _raw.AsSpan(RowCount * ChannelCount, ChannelCount);
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = SampleScaling.ToRaw(channelCelsius[i]);
        }

        _lastTicks = utcTicks;
        RowCount++;
        Dirty = true;
    }

    public BsonDocument ToDocument()
    {
        var data = new byte[RowCount * (OffsetBytes + (ChannelCount * ValueBytes))];
        var span = data.AsSpan();
        for (var r = 0; r < RowCount; r++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[(r * OffsetBytes)..], _offsetsMs[r]);
        }

        var values = span[(RowCount * OffsetBytes)..];
        for (var i = 0; i < RowCount * ChannelCount; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(values[(i * ValueBytes)..], _raw[i]);
        }

        return DocumentSeal.Apply(new BsonDocument
        {
            ["_id"] = Id,
            ["ProcedureId"] = ProcedureId,
            ["Start"] = StartUtcTicks,
            ["Channels"] = ChannelCount,
            ["Rows"] = RowCount,
            ["Data"] = data,
        });
    }

    /// <summary>Start of a stored chunk as its id says (the id is also the key the range query found it by).</summary>
    public static long StartFromId(BsonDocument chunk)
    {
        var id = chunk["_id"].IsString ? chunk["_id"].AsString : "";
        var parts = id.Split('/');
        return parts.Length == 3 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) ? ticks : 0;
    }

    /// <summary>Adds the rows of a stored chunk with <paramref name="fromUtcTicks"/> &lt;= time &lt; <paramref name="toUtcTicks"/>.</summary>
    public static void ReadRows(BsonDocument chunk, long fromUtcTicks, long toUtcTicks, List<SampleRow> into, RecordIntegrity integrity = RecordIntegrity.Verified)
    {
        var (start, channels, rows, data) = Unpack(chunk);
        var values = data.AsSpan(rows * OffsetBytes);
        for (var r = 0; r < rows; r++)
        {
            var ticks = start + (BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(r * OffsetBytes)) * TimeSpan.TicksPerMillisecond);
            if (ticks < fromUtcTicks || ticks >= toUtcTicks)
            {
                continue;
            }

            var row = new float[channels];
            for (var c = 0; c < channels; c++)
            {
                row[c] = SampleScaling.ToCelsius(BinaryPrimitives.ReadInt16LittleEndian(values[(((r * channels) + c) * ValueBytes)..]));
            }

            into.Add(new SampleRow(new DateTimeOffset(ticks, TimeSpan.Zero), row) { Integrity = integrity });
        }
    }

    /// <summary>Time of the last row of a stored chunk, or null if it has none.</summary>
    public static DateTimeOffset? LastRowTime(BsonDocument chunk)
    {
        var (start, _, rows, data) = Unpack(chunk);
        if (rows == 0)
        {
            return null;
        }

        var offsetMs = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan((rows - 1) * OffsetBytes));
        return new DateTimeOffset(start + (offsetMs * TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    private static (long Start, int Channels, int Rows, byte[] Data) Unpack(BsonDocument chunk)
    {
        var start = chunk["Start"].AsInt64;
        var channels = chunk["Channels"].AsInt32;
        var rows = chunk["Rows"].AsInt32;
        var data = chunk["Data"].AsBinary;
        if (channels < 0 || rows < 0 || data is null || data.Length != rows * (OffsetBytes + (channels * ValueBytes)))
        {
            throw new InvalidDataException($"Sample chunk {chunk["_id"]} is malformed: {rows} rows of {channels} channels in {data?.Length ?? 0} bytes.");
        }

        return (start, channels, rows, data);
    }

    private void EnsureCapacity(int rows)
    {
        if (rows > _offsetsMs.Length)
        {
            Array.Resize(ref _offsetsMs, Math.Max(rows, _offsetsMs.Length * 2));
        }

        if (rows * ChannelCount > _raw.Length)
        {
            Array.Resize(ref _raw, Math.Max(rows * ChannelCount, _raw.Length * 2));
        }
    }
}
