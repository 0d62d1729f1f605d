using System.Globalization;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Review;
using CsvHelper;

namespace CryoWeb.WebUI.Tests.Review;

public class SamplesCsvTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_csv_parses_back_to_the_stored_values_with_the_records_channel_names_and_empty_cells_for_faults()
    {
        var record = new ProcedureRecord
        {
            Id = Guid.NewGuid(), Label = "Case 7", Operator = "anna", Organ = "kidney", CreatedAt = T0.AddMinutes(-5), StartedAt = T0,
            ChannelNames = ["Probe 1 tip", "TS1 ureter, left", "=cmd"],
        };
        SampleRow[] rows =
        [
            new(T0.AddMilliseconds(100), [-12.34f, 36.5f, 0f]),
            new(T0.AddMilliseconds(200), [-150.01f, float.NaN, -0.05f]),
            new(T0.AddSeconds(3725.5), [-327.66f, 21f, float.NaN]),
        ];
        using var output = new MemoryStream();

        await SamplesCsv.WriteAsync(output, record, rows.ToAsyncEnumerable());

        using var reader = CsvReader.Create(output.ToArray(), null);
        Assert.True(reader.Read());
        Assert.Equal([SamplesCsv.TimeColumn, SamplesCsv.ElapsedColumn, "Probe 1 tip", "TS1 ureter, left", "'=cmd"], reader.Headers.ToArray());
        foreach (var row in rows)
        {
            Assert.Equal(row.Time, DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture));
            Assert.Equal((row.Time - T0).TotalSeconds, double.Parse(reader.GetString(1), CultureInfo.InvariantCulture), 3);
            for (int c = 0; c < row.ChannelCelsius.Count; c++)
            {
                float stored = row.ChannelCelsius[c];
                Assert.Equal(float.IsNaN(stored), reader.IsEmpty(c + 2));
                if (!float.IsNaN(stored))
                {
                    Assert.Equal(stored, reader.Parse<float>(c + 2));
                }
            }

            Assert.Equal(row == rows[^1], !reader.Read());
        }
    }

    [Fact]
    public async Task Damaged_stored_samples_are_written_as_damaged_never_as_a_value_or_an_empty_reading()
    {
        var record = new ProcedureRecord
        {
            Id = Guid.NewGuid(), Label = "Case 8", Operator = "anna", Organ = "kidney", CreatedAt = T0.AddMinutes(-5), StartedAt = T0,
            ChannelNames = ["Probe 1 tip", "TS1 ureter"],
        };
        SampleRow[] rows = [new(T0, [-12.5f, 36.5f]), SampleRow.Damaged(T0.AddSeconds(1), 2), new(T0.AddSeconds(2), [-13f, float.NaN])];
        using var output = new MemoryStream();

        await SamplesCsv.WriteAsync(output, record, rows.ToAsyncEnumerable());

        string[] lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",damaged,damaged", lines[2].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.EndsWith(",-13.00,", lines[3].TrimEnd('\r'), StringComparison.Ordinal);
    }
}
