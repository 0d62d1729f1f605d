using System.Net;
using System.Text.Json;
using CryoWeb.WebUI.Tests.Api;

namespace CryoWeb.WebUI.Tests.Reliability;

/// <summary>An Operator driving one console over the REST API with a sign-in cookie, as a bench rig would.</summary>
public sealed class OperatorApi : IDisposable
{
    private readonly HttpClient _http;

    private OperatorApi(HttpClient http) => _http = http;

    public static async Task<OperatorApi> SignInAsync(Uri baseAddress, string userName, string password)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var api = new OperatorApi(http);
        await api.PostAsync("api/signin", JsonSerializer.Serialize(new { userName, password }));
        return api;
    }

    /// <summary>Creates a procedure on probe 1, starts it and freezes probe 1 at full power; returns its id.</summary>
    public async Task<Guid> StartFreezingAsync(string label)
    {
        using var created = await PostAsync("api/procedures", JsonSerializer.Serialize(new { label, organ = "Liver", probesInUse = new[] { 1 }, sensors = Array.Empty<object>() }));
        var id = created.RootElement.GetProperty("procedureId").GetGuid();
        (await PostAsync($"api/procedures/{id}/start", null)).Dispose();
        (await PostAsync("api/probes/1/mode", """{"mode":"Freeze","powerPercent":100}""")).Dispose();
        return id;
    }

    /// <summary>GET /api/procedures/{id}: the stored record (state, endedAt) and the sample count.</summary>
    public async Task<JsonDocument> ProcedureAsync(Guid id) => await GetAsync($"api/procedures/{id}");

    /// <summary>GET /api/status once the control loop has published a frame (before that the board is empty).</summary>
    public async Task<JsonDocument> FirstStatusAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var status = await GetAsync("api/status");
            if (status.RootElement.GetProperty("live").GetProperty("sequence").GetInt64() > 0 || DateTime.UtcNow > deadline)
            {
                return status;
            }

            status.Dispose();
            await Task.Delay(50);
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonDocument> GetAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        return await ReadAsync(response, path);
    }

    private async Task<JsonDocument> PostAsync(string path, string? json)
    {
        using var response = await _http.PostAsync(new Uri(path, UriKind.Relative), ApiConsole.Json(json));
        return await ReadAsync(response, path);
    }

    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, string path)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body.Length == 0 ? "{}" : body);
    }
}
