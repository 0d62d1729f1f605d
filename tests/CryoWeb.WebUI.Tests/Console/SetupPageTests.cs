using Bunit;
using CryoWeb.Controller.Safety;
using CryoWeb.WebUI.Components.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Console;

public sealed class SetupPageTests
{
    private static IRenderedComponent<Setup> Render(BunitContext context)
    {
        context.AddBunitPersistentComponentState();

        // As in a live circuit: the form acts only once interactive.
        context.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var page = context.Render<Setup>();
        // The presets arrive from the store after the first render; interact only once the page has settled.
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=setup-preset] option").Count));
        context.Settle();
        return page;
    }

    private static async Task<int> StoredProcedures(ConsoleRig rig)
    {
        Assert.True(await rig.Store.FlushAsync());
        return (await rig.Store.ListProceduresAsync()).Count;
    }

    [Fact]
    public async Task Without_a_label_the_error_names_the_field_and_nothing_is_created()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var page = Render(context);
        var navigation = context.Services.GetRequiredService<NavigationManager>();
        string before = navigation.Uri;

        page.Find("[data-testid=setup-organ]").Change("Prostate");
        page.Find("[data-testid=setup-probe-1]").Change(true);
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.StartsWith("Label or patient reference: required", page.Find("[data-testid=setup-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, await StoredProcedures(rig));
        Assert.Null(rig.Procedures.Running);
        Assert.Equal(before, navigation.Uri);
    }

    /// <summary>
    /// Issue 13: the browser's maxlength is no limit (a tampered circuit sends what it likes), and a text-direction mark
    /// in a label reversed the clock beside it. The form checks with the controller's rule before anything is created,
    /// so not even a refusal carrying the text reaches the procedure service's audit.
    /// </summary>
    [Theory]
    [InlineData("Case 17\u202E", "Label or patient reference: character 8 is an invisible text-direction mark")]
    [InlineData("Case\u0007", "Label or patient reference: character 5 is a control character")]
    [InlineData("LONG", "Label or patient reference: at most 80 characters (this one has 10 000).")]
    public async Task A_label_with_a_forbidden_character_or_too_long_is_refused_by_the_form_in_words_on_screen(string label, string error)
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var page = Render(context);

        page.Find("[data-testid=setup-label]").Change(label == "LONG" ? new string('x', 10_000) : label);
        page.Find("[data-testid=setup-organ]").Change("Prostate");
        page.Find("[data-testid=setup-probe-1]").Change(true);
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.StartsWith(error, page.Find("[data-testid=setup-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, await StoredProcedures(rig));
        Assert.DoesNotContain(rig.Audit.Entries, e => e.Command == "CreateProcedure");
    }

    [Fact]
    public async Task A_limit_that_is_not_a_number_names_the_sensor_field_and_nothing_is_created()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var page = Render(context);
        page.Find("[data-testid=setup-label]").Change("Case 17");
        page.Find("[data-testid=setup-organ]").Change("Prostate");
        page.Find("[data-testid=setup-probe-1]").Change(true);
        page.Find("[data-testid=setup-sensor-4]").Change(true);
        page.Find("[data-testid=setup-sensor-4-role]").Change(SensorRole.CriticalStructure.ToString());

        page.Find("[data-testid=setup-sensor-4-limit]").Change("minus five");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal(
            "Sensor 1 (TS3 critical): limit: \"minus five\" is not a temperature in °C (for example -5 or 2,5).",
            page.Find("[data-testid=setup-error]").TextContent));
        Assert.Equal(0, await StoredProcedures(rig));
    }

    [Fact]
    public async Task A_limit_typed_with_a_decimal_comma_is_the_limit_of_the_guard()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var page = Render(context);
        page.Find("[data-testid=setup-label]").Change("Case 18");
        page.Find("[data-testid=setup-organ]").Change("Prostate");
        page.Find("[data-testid=setup-probe-1]").Change(true);
        page.Find("[data-testid=setup-sensor-4]").Change(true);
        page.Find("[data-testid=setup-sensor-4-role]").Change(SensorRole.CriticalStructure.ToString());
        page.Find("[data-testid=setup-sensor-4-limit]").Change("2,5");

        page.Find("form").Submit();
        await rig.TickUntil(() => rig.Procedures.Running is not null || page.FindAll("[data-testid=setup-error]").Count > 0);

        Assert.Empty(page.FindAll("[data-testid=setup-error]").Select(e => e.TextContent));
        Assert.Equal(2.5, Assert.Single(rig.Procedures.RunningSetup!.Sensors).LimitCelsius);
    }

    [Fact]
    public async Task A_limit_out_of_range_is_told_with_the_sensor_name_not_a_field_path()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var page = Render(context);
        page.Find("[data-testid=setup-label]").Change("Case 19");
        page.Find("[data-testid=setup-organ]").Change("Prostate");
        page.Find("[data-testid=setup-probe-1]").Change(true);
        page.Find("[data-testid=setup-sensor-4]").Change(true);
        page.Find("[data-testid=setup-sensor-4-name]").Change("TS3 urethra");
        page.Find("[data-testid=setup-sensor-4-role]").Change(SensorRole.CriticalStructure.ToString());
        page.Find("[data-testid=setup-sensor-4-limit]").Change("50");

        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.StartsWith("Sensor 1 (TS3 urethra): limit: ", page.Find("[data-testid=setup-error]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("limitCelsius", page.Find("[data-testid=setup-error]").TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await StoredProcedures(rig));
    }

    [Fact]
    public async Task A_good_set_up_creates_and_starts_the_procedure_with_its_guard_then_goes_live()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        var page = Render(context);
        page.Find("[data-testid=setup-label]").Change("Case 17");
        page.Find("[data-testid=setup-organ]").Change("Prostate");
        page.Find("[data-testid=setup-probe-2]").Change(true);
        page.Find("[data-testid=setup-sensor-4]").Change(true);
        page.Find("[data-testid=setup-sensor-4-name]").Change("TS3 urethra");
        page.Find("[data-testid=setup-sensor-4-role]").Change(SensorRole.CriticalStructure.ToString());
        page.Find("[data-testid=setup-sensor-4-limit]").Change("-2.5");
        page.Find("[data-testid=setup-preset]").Change("Single freeze 15 min");

        page.Find("form").Submit();
        await rig.TickUntil(() => rig.Procedures.Running is not null || page.FindAll("[data-testid=setup-error]").Count > 0);
        Assert.Empty(page.FindAll("[data-testid=setup-error]").Select(e => e.TextContent));

        var setup = rig.Procedures.RunningSetup;
        Assert.NotNull(setup);
        Assert.Equal("Case 17", setup.Label);
        Assert.Equal([2], setup.ProbesInUse);
        var sensor = Assert.Single(setup.Sensors);
        Assert.Equal((4, "TS3 urethra", SensorRole.CriticalStructure, -2.5), (sensor.Channel, sensor.Name, sensor.Role, sensor.LimitCelsius));
        page.WaitForAssertion(() => Assert.EndsWith("/?preset=Single%20freeze%2015%20min", context.Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        Assert.Equal(1, await StoredProcedures(rig));
    }
}
