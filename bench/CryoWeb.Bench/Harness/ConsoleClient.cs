using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CryoWeb.Bench.Harness;

/// <summary>A signed-in user of the console's REST API (cookie), with the readings the benchmarks take.</summary>
public sealed partial class ConsoleClient : IDisposable
{
    private readonly HttpClient _http;

    private ConsoleClient(HttpClient http, CookieContainer cookies)
    {
        _http = http;
        Cookies = cookies;
    }

    /// <summary>The sign-in cookie, for web socket viewers and browser contexts.</summary>
    public CookieContainer Cookies { get; }

    public Uri BaseAddress => _http.BaseAddress!;

    public static async Task<ConsoleClient> SignInAsync(Uri baseAddress, string userName, string password = ConsoleUnderTest.Password)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var client = new ConsoleClient(http, cookies);
        (await client.PostAsync("api/signin", JsonSerializer.Serialize(new { userName, password }))).Dispose();
        return client;
    }

    public string CookieHeader => Cookies.GetCookieHeader(BaseAddress);

    /// <summary>Creates and starts a procedure on <paramref name="probes"/> (1-based) and returns its id.</summary>
    public async Task<Guid> StartProcedureAsync(string label, IReadOnlyList<int> probes)
    {
        using var created = await PostAsync("api/procedures", JsonSerializer.Serialize(new { label, organ = "Liver", probesInUse = probes, sensors = Array.Empty<object>() }));
        var id = created.RootElement.GetProperty("procedureId").GetGuid();
        (await PostAsync($"api/procedures/{id}/start", null)).Dispose();
        return id;
    }

    public async Task SetModeAsync(int probe, string mode, int powerPercent = 100) =>
        (await PostAsync($"api/probes/{probe}/mode", JsonSerializer.Serialize(new { mode, powerPercent }))).Dispose();

    public async Task FinishProcedureAsync(Guid id) => (await PostAsync($"api/procedures/{id}/finish", null)).Dispose();

    public async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        return await ReadAsync(response, "GET " + path);
    }

    /// <summary>GET as bytes (e.g. the CSV export); returns the body length.</summary>
    public async Task<long> DownloadAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}");
        }

        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>The whole-run tick-lateness histogram now.</summary>
    public async Task<LatenessSnapshot> TickLatenessAsync()
    {
        using var body = await GetJsonAsync("api/diagnostics/tick-lateness");
        return LatenessSnapshot.From(body.RootElement);
    }

    /// <summary>The console's /metrics as name{labels} -> value.</summary>
    public async Task<IReadOnlyDictionary<string, double>> MetricsAsync()
    {
        string text = await _http.GetStringAsync(new Uri("metrics", UriKind.Relative));
        var values = new Dictionary<string, double>();
        foreach (Match m in MetricLine().Matches(text))
        {
            // A sample without labels may be written name{} (as the OpenTelemetry exporter does): keyed by its name alone.
            values[m.Groups[1].Value.Replace("{}", "", StringComparison.Ordinal)] = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        }

        return values;
    }

    public void Dispose() => _http.Dispose();

    public async Task<JsonDocument> PostAsync(string path, string? json)
    {
        using var content = new StringContent(json ?? "", Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri(path, UriKind.Relative), content);
        return await ReadAsync(response, "POST " + path);
    }

    public async Task<JsonDocument> PutAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _http.PutAsync(new Uri(path, UriKind.Relative), content);
        return await ReadAsync(response, "PUT " + path);
    }

    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, string what)
    {
        string body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body.Length == 0 ? "{}" : body);
    }

    [GeneratedRegex(@"^([a-z_]+(?:\{[^}]*\})?) (\S+)$", RegexOptions.Multiline)]
    private static partial Regex MetricLine();
}
