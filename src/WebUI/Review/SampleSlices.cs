using System.Runtime.CompilerServices;
using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// Reads a procedure's samples a slice of time at a time. Store reads run on its single writer thread, so one read of a
/// whole four-hour record would hold back every commit while it runs; a slice of <see cref="SliceLength"/> (3,000 rows
/// at 10 Hz) keeps each read short, and the commits go on in between.
/// </summary>
public static class SampleSlices
{
    public static readonly TimeSpan SliceLength = TimeSpan.FromMinutes(5);

    /// <summary>Rows with <paramref name="from"/> &lt;= time &lt; <paramref name="to"/>, in time order.</summary>
    public static async IAsyncEnumerable<SampleRow> ReadAsync(
        ProcedureStore store, Guid procedureId, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        for (var start = from; start < to; start += SliceLength)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = to - start > SliceLength ? start + SliceLength : to;
            foreach (var row in await store.ReadSamplesAsync(procedureId, start, end).ConfigureAwait(false))
            {
                yield return row;
            }
        }
    }

    /// <summary>
    /// The time range that holds every sample of the procedure: from a second before its start (a frame stamped by the
    /// control tick just before the start may be recorded) to a second after its end, or after now while it runs.
    /// Null for a procedure never started (it has no samples).
    /// </summary>
    public static (DateTimeOffset From, DateTimeOffset To)? SpanOf(ProcedureRecord record, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.StartedAt is not { } started)
        {
            return null;
        }

        var end = record.State == ProcedureState.Running ? now : record.EndedAt ?? now;
        return (started - TimeSpan.FromSeconds(1), (end > started ? end : started) + TimeSpan.FromSeconds(1));
    }
}
