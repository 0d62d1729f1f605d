using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Probes;
using CryoWeb.Hardware.Valves;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.EndToEnd;

/// <summary>
/// Issue 14, section 5, in headless Chromium at both tablet sizes: a freeze question is open on an Operator's tablet
/// when the emergency stop is pressed elsewhere (here through the REST API). The question disappears with the
/// reason, and after the reset there is no "Yes" left to press: no gas flowed.
/// </summary>
public sealed class StaleDecisionJourneyTests
{
    private const string Password = "anna-pass-123";

    [Theory]
    [InlineData(1180, 820, "landscape")]
    [InlineData(820, 1180, "portrait")]
    public async Task An_emergency_stop_elsewhere_withdraws_an_open_freeze_question_and_after_the_reset_no_gas_flows(int width, int height, string orientation)
    {
        await using var server = await ConsoleServer.StartAsync();
        await server.AddUserAsync("anna", ConsoleRole.Operator, Password);
        await server.StartProcedureAsync("E2E stale question");
        var core = server.Services.GetRequiredService<ControlCore>();
        var audit = server.Services.GetRequiredService<MemoryAuditTrail>();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        context.SetDefaultTimeout(20_000);
        var signIn = await context.APIRequest.PostAsync("/api/signin", new() { DataObject = new { userName = "anna", password = Password } });
        Assert.True(signIn.Ok, $"sign-in answered {signIn.Status}");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("live-page")).ToHaveAttributeAsync("data-interactive", "true");
        await Assertions.Expect(page.GetByTestId("probe-1-freeze")).ToBeEnabledAsync();

        await page.GetByTestId("probe-1-freeze").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-question")).ToHaveTextAsync("Start freezing probe 1 at 100 % power?");

        // The emergency stop is pressed on another device.
        var (api, _) = await server.SignedInClientAsync("anna", Password);
        using (api)
        {
            using (var stop = await api.PostAsync("/api/emergency-stop", Api.ApiConsole.Json(null)))
            {
                Assert.True(stop.IsSuccessStatusCode, $"emergency stop answered {(int)stop.StatusCode}");
            }

            await Assertions.Expect(page.GetByTestId("confirm-yes")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("probe-1-message")).ToHaveTextAsync("Emergency stop pressed: the question was withdrawn; ask again.");
            await Assertions.Expect(page.GetByTestId("probe-1-freeze")).ToBeDisabledAsync();
            await Assertions.Expect(page.GetByTestId("probe-1-gas-blocked")).ToContainTextAsync("Emergency stop is active: reset it to use gas.");
            await page.ScreenshotAsync(new() { Path = Path.Combine(ConsolePages.Artifacts, $"question-withdrawn-estop-{orientation}.png") });

            using (var reset = await api.PostAsync("/api/emergency-stop/reset", Api.ApiConsole.Json(null)))
            {
                Assert.True(reset.IsSuccessStatusCode, $"reset answered {(int)reset.StatusCode}");
            }
        }

        await Assertions.Expect(page.GetByTestId("estop-latched")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("probe-1-freeze")).ToBeEnabledAsync();
        Assert.Equal(0, await page.GetByTestId("confirm-yes").CountAsync());
        await Assertions.Expect(page.GetByTestId("probe-1-mode")).ToHaveTextAsync("Off");
        Assert.Equal(ProbeMode.Off, core.Probes[0].Mode);
        Assert.False(core.Plant.Valves.IsOpen(ValveId.FreezeOf(0)));
        Assert.DoesNotContain(audit.Entries, e => e.Command == "SetProbeMode");
    }
}
