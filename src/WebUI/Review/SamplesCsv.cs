using System.Globalization;
using CryoWeb.Controller.Storage;
using CsvHelper;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// The samples of a record as CSV (invariant culture): <c>time_utc</c> (ISO-8601, milliseconds, Z), <c>elapsed_s</c>
/// (seconds since the start), then one column per channel named from the record, in °C with two decimals, empty where
/// the reading was invalid, and <c>damaged</c> in every channel where stored samples failed their checksum (from that
/// row's time to the next row: a gap, never a number). Written as the slices are read, so the whole record is never
/// held in memory.
/// </summary>
public static class SamplesCsv
{
    public const string TimeColumn = "time_utc";
    public const string ElapsedColumn = "elapsed_s";

    /// <summary>The cell text of every channel in a row that marks damaged stored samples.</summary>
    public const string DamagedCell = "damaged";

    /// <summary>Text that would start a spreadsheet formula (a channel name such as "=cmd") is written as text.</summary>
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture };

    public static async Task WriteAsync(Stream output, ProcedureRecord record, IAsyncEnumerable<SampleRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(rows);
        var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            csv.WriteField(TimeColumn);
            csv.WriteField(ElapsedColumn);
            foreach (string name in record.ChannelNames)
            {
                csv.WriteField(name);
            }

            await csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
            DateTimeOffset? start = record.StartedAt;
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                start ??= row.Time;
                csv.WriteField(row.Time.UtcDateTime, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'");
                csv.WriteField((row.Time - start.Value).TotalSeconds, "0.000");
                for (int c = 0; c < record.ChannelNames.Count; c++)
                {
                    if (row.Integrity == RecordIntegrity.Damaged)
                    {
                        csv.WriteField(DamagedCell);
                        continue;
                    }

                    float value = c < row.ChannelCelsius.Count ? row.ChannelCelsius[c] : float.NaN;
                    csv.WriteField(float.IsFinite(value) ? value : (float?)null, "0.00");
                }

                await csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
            }

            await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
