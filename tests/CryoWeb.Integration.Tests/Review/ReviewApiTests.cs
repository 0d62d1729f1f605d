using System.Net;
using System.Text.Json;
using CsvHelper;

namespace CryoWeb.WebUI.Tests.Review;

/// <summary>The review API and pages on the real console (Kestrel, simulator, store), with a procedure recorded in real time.</summary>
public sealed class ReviewApiTests(RecordedConsole console) : IClassFixture<RecordedConsole>
{
    [Fact]
    public async Task A_recorded_procedure_is_listed_summarised_and_exported_for_a_reviewer()
    {
        var (record, stored, client) = (console.Record, console.Samples, console.Reviewer);

        using (var list = JsonDocument.Parse(await client.GetStringAsync("/api/procedures?state=finished&q=IT%20CASE")))
        {
            var row = Assert.Single(list.RootElement.EnumerateArray());
            Assert.Equal(record.Id, row.GetProperty("id").GetGuid());
            Assert.Equal("Finished", row.GetProperty("state").GetString());
        }

        using (var detail = JsonDocument.Parse(await client.GetStringAsync($"/api/procedures/{record.Id}")))
        {
            Assert.Equal(stored.Count, detail.RootElement.GetProperty("sampleCount").GetInt32());
            Assert.Equal(record.ChannelNames, detail.RootElement.GetProperty("channels").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
            var probe = Assert.Single(detail.RootElement.GetProperty("probes").EnumerateArray());
            Assert.Equal(1, probe.GetProperty("probe").GetInt32());
            Assert.InRange(probe.GetProperty("freezeSeconds").GetDouble(), 0.5, 60);
            Assert.Contains(detail.RootElement.GetProperty("timeline").EnumerateArray(), i => i.GetProperty("text").GetString() == "Probe 1: freeze at 80 %");
            var cycle = Assert.Single(probe.GetProperty("cycles").EnumerateArray());
            Assert.True(cycle.GetProperty("minimumTipCelsius").GetDouble() < 37, "the tip cooled during the freeze");
            var sensor = Assert.Single(detail.RootElement.GetProperty("sensors").EnumerateArray());
            Assert.Equal(("TS1 ureter", 2), (sensor.GetProperty("name").GetString(), sensor.GetProperty("channel").GetInt32()));
            Assert.Contains(detail.RootElement.GetProperty("alarms").EnumerateArray(), a => a.GetProperty("detail").GetString() is { } d && d.StartsWith("TS1 ureter at ", StringComparison.Ordinal));
            Assert.Contains(detail.RootElement.GetProperty("timeline").EnumerateArray(), i => i.GetProperty("text").GetString() is { } t && t.Contains(": TS1 ureter at ", StringComparison.Ordinal));
            Assert.DoesNotContain("TS1 margin", detail.RootElement.GetRawText(), StringComparison.Ordinal);
            var audit = detail.RootElement.GetProperty("auditTrail").EnumerateArray().Select(i => i.GetProperty("text").GetString()).ToList();
            Assert.Contains("Procedure started — accepted", audit);
            Assert.Contains("Probe 1: freeze at 80 % — accepted", audit);
        }

        using (var csvResponse = await client.GetAsync($"/api/procedures/{record.Id}/samples.csv"))
        {
            Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
            Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType!.MediaType);
            Assert.True(csvResponse.Headers.CacheControl!.NoStore, "a record export must not be cached");
            using var csv = CsvReader.Create(await csvResponse.Content.ReadAsByteArrayAsync(), null);
            int rows = 0;
            while (csv.Read())
            {
                var expected = stored[rows++];
                // Written to the millisecond (the store keeps ticks).
                Assert.Equal(expected.Time.UtcTicks / TimeSpan.TicksPerMillisecond, DateTimeOffset.Parse(csv.GetString(0), System.Globalization.CultureInfo.InvariantCulture).UtcTicks / TimeSpan.TicksPerMillisecond);
                Assert.Equal(expected.ChannelCelsius.Select(v => float.IsNaN(v) ? (float?)null : v), Enumerable.Range(2, record.ChannelNames.Count).Select(c => csv.IsEmpty(c) ? (float?)null : csv.Parse<float>(c)));
            }

            Assert.Equal(["time_utc", "elapsed_s", .. record.ChannelNames], csv.Headers.ToArray());
            Assert.Contains("TS1 ureter", csv.Headers);
            Assert.Equal(stored.Count, rows);
        }

        using (var whole = JsonDocument.Parse(await client.GetStringAsync($"/api/procedures/{record.Id}/record.json")))
        {
            Assert.Equal(record.Id, whole.RootElement.GetProperty("procedure").GetProperty("id").GetGuid());
            Assert.Equal(stored.Count, whole.RootElement.GetProperty("samples").GetArrayLength());
            // The machine's fields as stored, and the line in words beside them.
            Assert.Contains(whole.RootElement.GetProperty("events").EnumerateArray(), e => e.GetProperty("command").GetString() == "StartProcedure"
                && e.GetProperty("outcome").GetString() == "accepted" && e.GetProperty("text").GetString() == "Procedure started — accepted");
            Assert.Contains(whole.RootElement.GetProperty("events").EnumerateArray(), e => e.GetProperty("parameters").GetString() == "probe=1 mode=Freeze powerPercent=80"
                && e.GetProperty("text").GetString() == "Probe 1: freeze at 80 % — accepted");
            Assert.Contains("TS1 ureter", whole.RootElement.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
            Assert.Equal("TS1 ureter", Assert.Single(whole.RootElement.GetProperty("procedure").GetProperty("sensors").EnumerateArray()).GetProperty("name").GetString());
            Assert.Contains(whole.RootElement.GetProperty("alarms").EnumerateArray(), a => a.GetProperty("detail").GetString() is { } d && d.StartsWith("TS1 ureter at ", StringComparison.Ordinal) && d.EndsWith(" °C", StringComparison.Ordinal));
            Assert.DoesNotContain("TS1 margin", whole.RootElement.GetRawText(), StringComparison.Ordinal);
        }

        using (var curves = JsonDocument.Parse(await client.GetStringAsync($"/api/procedures/{record.Id}/curves?points=10")))
        {
            Assert.True(curves.RootElement.GetProperty("decimated").GetBoolean());
            Assert.InRange(curves.RootElement.GetProperty("timesMs").GetArrayLength(), 2, 20);
        }

        string report = await client.GetStringAsync($"/review/{record.Id}/report");
        Assert.Contains("IT case", report, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"report-chart\"", report, StringComparison.Ordinal);
        Assert.Contains("TS1 ureter</bdi> <small class=\"channel\">ch 2</small>", report, StringComparison.Ordinal);
        Assert.DoesNotContain("TS1 margin", report, StringComparison.Ordinal);
        Assert.Contains("Probe 1: freeze at 80 % — accepted", WebUtility.HtmlDecode(report), StringComparison.Ordinal);
        Assert.DoesNotContain("SetProbeMode", report, StringComparison.Ordinal);
        Assert.DoesNotContain("procedureId=", report, StringComparison.Ordinal);
        Assert.Contains("Times in Europe/Paris (UTC+0", WebUtility.HtmlDecode(report), StringComparison.Ordinal);
        Assert.True(report.IndexOf("data-testid=\"clinical-summary\"", StringComparison.Ordinal) < report.IndexOf("data-testid=\"report-chart\"", StringComparison.Ordinal), "the clinical summary opens the report");
        Assert.True(report.IndexOf("data-testid=\"report-chart\"", StringComparison.Ordinal) < report.IndexOf("data-testid=\"audit-trail\"", StringComparison.Ordinal), "the audit trail follows");
        string listPage = await client.GetStringAsync("/review");
        Assert.Contains($"data-procedure-id=\"{record.Id}\"", listPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_unknown_and_malformed_requests_are_refused_with_their_own_status()
    {
        var (record, client) = (console.Record, console.Reviewer);
        using var anonymous = console.Server.Client();

        foreach (string path in new[] { "/api/procedures", $"/api/procedures/{record.Id}", $"/api/procedures/{record.Id}/samples.csv", $"/api/procedures/{record.Id}/record.json" })
        {
            using var refused = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using (var unknown = await client.GetAsync($"/api/procedures/{Guid.NewGuid()}/samples.csv"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);
        }

        foreach (var (path, parameter) in new[]
        {
            ($"/api/procedures/{record.Id}/curves?points=5", "points"),
            ($"/api/procedures/{record.Id}/curves?fromMs=soon", "fromMs"),
            ($"/api/procedures/{record.Id}/curves?fromMs=2000&toMs=1000", "toMs"),
            ("/api/procedures/not-an-id/record.json", "id"),
            ("/api/procedures?state=done", "state"),
            ("/api/procedures?from=last%20week", "from"),
        })
        {
            using var bad = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            using var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
            Assert.StartsWith(parameter + ": ", problem.RootElement.GetProperty("errors").GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
        }
    }
}
