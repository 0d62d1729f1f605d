using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.WebUI.Api;
using CryoWeb.WebUI.Api.Limits;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CryoWeb.WebUI.Tests.Security;

/// <summary>
/// Issue 13, finding 1: sixteen anonymous POST /api/token with 28 MB JSON bodies drove the console from 204 MB to
/// 1.24 GB. Every body now has a small limit checked before anything is parsed.
/// </summary>
public sealed class SignInBodyLimitTests
{
    private const int AttackBytes = 28 * 1024 * 1024;

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new(ApiJson.Options) { WriteIndented = true };

    [Fact]
    public async Task Sixteen_28_MB_token_requests_are_refused_413_without_the_console_buffering_them()
    {
        await using var server = await ConsoleServer.StartAsync();

        // One 28 MB JSON body shared by every request (ByteArrayContent does not copy it): what the process allocates
        // during the attack is the console's own work.
        byte[] body = Encoding.ASCII.GetBytes("{\"userName\":\"ada\",\"password\":\"" + new string('x', AttackBytes - 40) + "\"}");
        using var client = server.Client();
        using (var warm = await client.PostAsync("/api/token", Json(body.AsMemory(0, 64).ToArray())))
        {
            // The first request pays for the JIT and the endpoint's binding set-up, not the attack.
        }

        long before = GC.GetTotalAllocatedBytes(precise: true);
        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => SignInRawClient.PostAsync(server.BaseAddress, "/api/token", body)));
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.All(answers, a => Assert.Equal(413, a.Status));
        Assert.All(answers, a => Assert.Contains("4 KiB", a.Text, StringComparison.Ordinal));

        // Buffering even one body would allocate 28 MB (the attack: 448 MB); the console's own work meanwhile is a few MB.
        Assert.True(allocated < 24L * 1024 * 1024, $"the attack allocated {allocated / (1024 * 1024)} MB in the test process");
    }

    [Fact]
    public async Task A_chunked_body_without_a_length_is_cut_at_the_limit_too()
    {
        await using var server = await ConsoleServer.StartAsync();
        byte[] body = Encoding.ASCII.GetBytes("{\"userName\":\"ada\",\"password\":\"" + new string('x', 1024 * 1024) + "\"}");

        var (status, text) = await SignInRawClient.PostAsync(server.BaseAddress, "/api/signin", body, chunked: true);

        Assert.Equal(413, status);
        Assert.Contains("4 KiB", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_command_body_over_64_KiB_is_refused_413_naming_the_limit()
    {
        await using var server = await ConsoleServer.StartAsync();
        using var client = server.Client();

        using var response = await client.PostAsync("/api/procedures", Json(new byte[70 * 1024]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("64 KiB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_form_post_over_the_limit_is_refused_413()
    {
        await using var server = await ConsoleServer.StartAsync();
        byte[] form = Encoding.ASCII.GetBytes("userName=ada&password=" + new string('x', 2 * 1024 * 1024));

        var (status, text) = await SignInRawClient.PostAsync(server.BaseAddress, "/signin", form, contentType: "application/x-www-form-urlencoded");

        Assert.Equal(413, status);
        Assert.Contains("64 KiB", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_legitimate_preset_list_fits_its_named_exception_and_not_the_default()
    {
        var step = new ProtocolStep(ProbeMode.Freeze, TimeSpan.FromMinutes(10), 100);
        var presets = Enumerable.Range(0, PresetEndpoints.MaxPresets)
            .Select(i => new ProtocolDefinition($"Kidney double freeze-thaw, large target, protocol {i:00}", [.. Enumerable.Repeat(step, 20)]))
            .ToList();
        int bytes = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(presets, Indented).Length;

        // About 63 KB: the 64 KiB default would leave no room (longer names, more whitespace); the exception leaves 4x.
        Assert.InRange(bytes, RequestBodyLimits.DefaultBytes / 2, RequestBodyLimits.PresetsBytes / 4);
    }

    [Fact]
    public async Task The_blazor_circuit_hub_receives_at_most_32_KiB_a_message()
    {
        await using var server = await ConsoleServer.StartAsync();
        var hub = typeof(Microsoft.AspNetCore.Components.Server.CircuitOptions).Assembly.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", throwOnError: true)!;
        var optionsType = typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hub));
        var options = (HubOptions)optionsType.GetProperty("Value")!.GetValue(server.Services.GetRequiredService(optionsType))!;

        Assert.InRange(options.MaximumReceiveMessageSize ?? long.MaxValue, 1, 32 * 1024);
    }

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
