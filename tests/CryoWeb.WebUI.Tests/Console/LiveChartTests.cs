using Bunit;
using CryoWeb.WebUI.Components.Console;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace CryoWeb.WebUI.Tests.Console;

public sealed class LiveChartTests
{
    [Fact]
    public async Task Mounts_the_telemetry_chart_in_its_container_with_a_ten_minute_window_and_disposes_it()
    {
        await using var context = new BunitContext();
        var module = context.JSInterop.SetupModule(LiveChart.ModulePath);
        var handle = module.SetupModule("mountLiveChart", _ => true);
        handle.SetupVoid("dispose").SetVoidResult();

        var chart = context.Render<LiveChart>();

        chart.WaitForAssertion(() => Assert.Single(module.Invocations["mountLiveChart"]));
        var arguments = module.Invocations["mountLiveChart"][0].Arguments;
        Assert.IsType<ElementReference>(arguments[0]);
        Assert.Equal(10, arguments[1]!.GetType().GetProperty("windowMinutes")!.GetValue(arguments[1]));
        Assert.Empty(chart.FindAll("[data-testid=chart-unavailable]"));

        await chart.Instance.DisposeAsync();
        handle.VerifyInvoke("dispose");
    }

    [Fact]
    public async Task A_module_that_fails_to_load_shows_chart_unavailable_and_keeps_the_page()
    {
        await using var context = new BunitContext();
        context.Services.AddSingleton<IJSRuntime>(new ModuleMissing());

        var chart = context.Render<LiveChart>();

        chart.WaitForAssertion(() => Assert.StartsWith("Chart unavailable", chart.Find("[data-testid=chart-unavailable]").TextContent, StringComparison.Ordinal));
        Assert.Single(chart.FindAll("[data-testid=live-chart]"));
    }

    /// <summary>A browser in which the chart module is not there (yet): every import fails as it does in Chromium.</summary>
    private sealed class ModuleMissing : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new JSException("Failed to fetch dynamically imported module: http://localhost/js/telemetry-chart.js");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            InvokeAsync<TValue>(identifier, args);
    }
}
