using System.Text.Json;
using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// The whole record as one JSON document: <c>procedure</c>, <c>channels</c>, <c>events</c> (the stored fields, plus
/// <c>text</c>: the line in words a person reads), <c>alarms</c> and <c>samples</c>
/// (<c>{"timeUtc": ..., "values": [°C or null]}</c>), written as the slices are read.
/// </summary>
public static class RecordJson
{
    public static async Task WriteAsync(
        Stream output,
        ProcedureRecord record,
        IReadOnlyList<AuditEvent> events,
        IReadOnlyList<StoredAlarmEvent> alarms,
        IAsyncEnumerable<SampleRow> rows,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(alarms);
        ArgumentNullException.ThrowIfNull(rows);
        // Only FlushAsync may write to the response (Kestrel refuses synchronous writes), so the parts are written as
        // elements: JsonSerializer.Serialize(Utf8JsonWriter) would flush synchronously.
        var json = new Utf8JsonWriter(output);
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WritePropertyName("procedure");
            JsonSerializer.SerializeToElement(record, ReviewJson.Options).WriteTo(json);
            json.WritePropertyName("channels");
            JsonSerializer.SerializeToElement(record.ChannelNames, ReviewJson.Options).WriteTo(json);
            WriteEvents(json, events, alarms);
            json.WritePropertyName("alarms");
            JsonSerializer.SerializeToElement(alarms, ReviewJson.Options).WriteTo(json);
            json.WriteStartArray("samples");
            int written = 0;
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                json.WriteStartObject();
                json.WriteString("timeUtc", row.Time.UtcDateTime);
                json.WriteStartArray("values");
                foreach (float value in row.ChannelCelsius)
                {
                    if (CurveDecimator.Round(value) is double rounded)
                    {
                        json.WriteNumberValue(rounded);
                    }
                    else
                    {
                        json.WriteNullValue();
                    }
                }

                json.WriteEndArray();
                json.WriteEndObject();
                if (++written % 1000 == 0)
                {
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Each event as stored (the machine's fields), with <c>text</c>: the line in words (<see cref="AuditWords"/>).</summary>
    private static void WriteEvents(Utf8JsonWriter json, IReadOnlyList<AuditEvent> events, IReadOnlyList<StoredAlarmEvent> alarms)
    {
        var alarmNames = AuditWords.AlarmNames(alarms);
        json.WriteStartArray("events");
        foreach (var e in events)
        {
            json.WriteStartObject();
            foreach (var field in JsonSerializer.SerializeToElement(e, ReviewJson.Options).EnumerateObject())
            {
                field.WriteTo(json);
            }

            json.WriteString("text", AuditWords.Line(e, alarmNames));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
