using Bunit;
using CryoWeb.Controller.ControlThread;
using CryoWeb.WebUI.Components.Console;
using CryoWeb.WebUI.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryoWeb.WebUI.Tests.Console;

/// <summary>
/// Issue 13: a label holding U+202E (RIGHT-TO-LEFT OVERRIDE) drew the elapsed clock beside it reversed ("51:10:0" for
/// 0:01:15). The set-up now refuses such a label, but a record from before may still hold one: the top bar isolates the
/// label (a bdi element), so its direction ends with it and the clock reads as it is.
/// </summary>
public sealed class ConsoleTopBarTests
{
    [Fact]
    public async Task A_label_with_a_right_to_left_override_is_isolated_from_the_clock_beside_it()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Supervisor);
        var board = new LiveStatusBoard(rig.ReadModel, rig.Procedures,
            new ControlWatchdog(rig.Core, () => 0, rig.Time, NullLogger<ControlWatchdog>.Instance), rig.Time);
        var started = rig.Time.GetUtcNow().AddSeconds(-75);
        board.Show(LiveStatus.Empty with { Sequence = 1, Time = rig.Time.GetUtcNow(), ProcedureId = Guid.NewGuid(), ProcedureLabel = "Case 17\u202E", ProcedureStartedAt = started });
        context.Services.AddSingleton(board);
        context.AddBunitPersistentComponentState();
        context.Renderer.SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var bar = context.Render<ConsoleTopBar>();

        var label = bar.Find("[data-testid=topbar-procedure-label]");
        Assert.Equal("BDI", label.TagName);
        Assert.Equal("Case 17\u202E", label.TextContent);
        Assert.Equal("0:01:15", bar.Find("[data-testid=procedure-clock]").TextContent);
        Assert.Null(label.QuerySelector("[data-testid=procedure-clock]"));
    }
}
