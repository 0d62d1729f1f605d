using LiteDB;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// Writer-thread state of the sample chunks: the chunk each recording procedure is filling, the chunks completed
/// since the last successful commit, and a pool of spare chunks so steady recording allocates no buffers. A chunk is
/// forgotten only after a commit that wrote its last rows succeeded.
/// </summary>
internal sealed class SampleChunkSet(StorageOptions options)
{
    private readonly Dictionary<Guid, SampleChunk> _open = [];
    private readonly List<SampleChunk> _completed = [];
    private readonly Stack<SampleChunk> _spare = new();

    public bool HasUnwritten
    {
        get
        {
            if (_completed.Count > 0)
            {
                return true;
            }

            foreach (var chunk in _open.Values)
            {
                if (chunk.Dirty)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Rows held in memory that the last commit did not store (what a crash now would lose).</summary>
    public int UnwrittenRows
    {
        get
        {
            var rows = 0;
            foreach (var chunk in _completed)
            {
                rows += chunk.Dirty ? chunk.RowCount : 0;
            }

            foreach (var chunk in _open.Values)
            {
                rows += chunk.Dirty ? chunk.RowCount : 0;
            }

            return rows;
        }
    }

    public void Append(Guid procedureId, long utcTicks, ReadOnlySpan<float> channelCelsius)
    {
        if (!_open.TryGetValue(procedureId, out var chunk)
            || !chunk.Accepts(utcTicks, channelCelsius.Length, options.ChunkLength, options.MaxRowsPerChunk))
        {
            if (chunk is not null)
            {
                _completed.Add(chunk);
            }

            chunk = _spare.Count > 0 ? _spare.Pop() : new SampleChunk();
            chunk.Start(procedureId, utcTicks, channelCelsius.Length);
            _open[procedureId] = chunk;
        }

        chunk.Append(utcTicks, channelCelsius);
    }

    /// <summary>The procedure ended: its current chunk is complete.</summary>
    public void Complete(Guid procedureId)
    {
        if (_open.Remove(procedureId, out var chunk))
        {
            _completed.Add(chunk);
        }
    }

    /// <summary>Upserts every chunk with rows not yet stored, partial ones included (inside the caller's transaction).</summary>
    public void WriteUnwritten(ILiteCollection<BsonDocument> chunks)
    {
        foreach (var chunk in _completed)
        {
            if (chunk.Dirty)
            {
                chunks.Upsert(chunk.ToDocument());
            }
        }

        foreach (var chunk in _open.Values)
        {
            if (chunk.Dirty)
            {
                chunks.Upsert(chunk.ToDocument());
            }
        }
    }

    /// <summary>The transaction that wrote them committed: nothing is unwritten, completed chunks go back to the pool.</summary>
    public void MarkWritten()
    {
        foreach (var chunk in _completed)
        {
            chunk.Dirty = false;
            _spare.Push(chunk);
        }

        _completed.Clear();
        foreach (var chunk in _open.Values)
        {
            chunk.Dirty = false;
        }
    }
}
