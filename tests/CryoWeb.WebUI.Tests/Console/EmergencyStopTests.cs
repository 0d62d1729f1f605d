using Bunit;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Components.Console;

namespace CryoWeb.WebUI.Tests.Console;

public sealed class EmergencyStopTests
{
    private static IRenderedComponent<EmergencyStopControl> Render(BunitContext context, Caller caller, bool latched = false) =>
        context.Render<EmergencyStopControl>(p => p.Add(c => c.Caller, caller).Add(c => c.Latched, latched));

    [Theory]
    [InlineData(ConsoleRole.Operator)]
    [InlineData(ConsoleRole.Admin)]
    public async Task One_click_latches_the_emergency_stop_in_the_controller_without_confirmation(ConsoleRole role)
    {
        using var rig = new ConsoleRig();
        var caller = new Caller("erin", role, "10.0.0.9");
        await using var context = rig.Context(caller);
        var control = Render(context, caller);

        control.Find("[data-testid=emergency-stop]").Click();

        Assert.True(rig.Core.EmergencyStopLatched);
        Assert.Empty(control.FindAll("[data-testid=confirm-yes]"));
        Assert.Contains(rig.Audit.Entries, e => e.Command == "EmergencyStop" && e.User == "erin" && e.Accepted && e.ClientAddress == "10.0.0.9");
    }

    [Fact]
    public async Task A_supervisor_sees_the_latch_but_has_no_button()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Supervisor);

        var control = Render(context, ConsoleRig.Supervisor, latched: true);

        Assert.Empty(control.FindAll("[data-testid=emergency-stop]"));
        Assert.Empty(control.FindAll("[data-testid=estop-reset]"));
        Assert.Contains("EMERGENCY STOP", control.Find("[data-testid=estop-latched]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_asks_for_confirmation_and_then_releases_the_latch()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Operator);
        rig.Core.EmergencyStop();
        var control = Render(context, ConsoleRig.Operator, latched: true);

        control.Find("[data-testid=estop-reset]").Click();
        Assert.True(rig.Core.EmergencyStopLatched);
        control.Find("[data-testid=confirm-yes]").Click();
        await rig.TickUntil(() => !rig.Core.EmergencyStopLatched);

        Assert.False(rig.Core.EmergencyStopLatched);
    }
}
