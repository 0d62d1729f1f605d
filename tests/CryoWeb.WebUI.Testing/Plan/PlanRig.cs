using CryoWeb.Controller.Setup;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Configuration;
using Bunit;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Planning;
using CryoWeb.Controller.Protocols;
using CryoWeb.Hardware.Simulation;
using CryoWeb.WebUI.Components.Pages.Plan;
using CryoWeb.WebUI.Tests.Console;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Plan;

/// <summary>
/// The console rig (default simulated plant: probes on channels 0 and 1, sensors on 2 to 4, a live estimator that
/// runs only when pumped) with the iceball records, and a one-minute protocol preset so that a simulation takes seconds.
/// </summary>
internal sealed class PlanRig : IDisposable
{
    public const string QuickPreset = "Quick freeze 1 min";

    public PlanRig()
    {
        Records = new IceballRecords(Console.Store, Console.Procedures, ConsoleDescription.Of(Console.Core.Plant, Console.Core.Options), Console.Estimator, Console.Audit, Console.Time);
    }

    public ConsoleRig Console { get; } = new();

    /// <summary>The console rig's live estimator: it works only when a test calls <see cref="IceballEstimator.Pump"/>.</summary>
    public IceballEstimator Estimator => Console.Estimator;

    public IceballRecords Records { get; }

    /// <summary>The controller options the plan page's simulations run with (the console's defaults).</summary>
    public ControllerOptions Options { get; } = new();

    /// <summary>A context for <paramref name="user"/>; <paramref name="simulator"/> is the plant the console says it runs on (null: real hardware).</summary>
    public BunitContext Context(Caller user, SimulatedPlant? simulator)
    {
        var context = Console.Context(user);
        context.Services.AddSingleton(Records);
        context.Services.AddSingleton(new PlanConsole(ConsoleDescription.Of(Console.Hardware, Options), simulator?.Layout, Options));
        return context;
    }

    /// <summary>Renders the plan page in a live circuit once it has loaded its presets and starting values.</summary>
    public static IRenderedComponent<PlanPage> Render(BunitContext context)
    {
        context.AddBunitPersistentComponentState();
        context.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var page = context.Render<PlanPage>();
        // The starting values come from the store after the first render: interact only once they are in.
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=plan-editor]")));
        context.Settle();
        return page;
    }

    /// <summary>Offers only the one-minute freeze (saved as the Admin would).</summary>
    public async Task UseQuickPresetAsync()
    {
        var saved = await Console.Commands.ReplaceProtocolPresets(ConsoleRig.Admin, [new ProtocolDefinition(QuickPreset, [ProtocolStep.Freeze(1)])]);
        Assert.True(saved.Accepted, saved.Reason);
    }

    /// <summary>Creates and starts a procedure with probes 1 and 2 and these sensors, as the set-up page does.</summary>
    public async Task<Guid> StartProcedureAsync(params SensorSetup[] sensors)
    {
        var (created, record) = await Console.Procedures.CreateAsync(ConsoleRig.Operator, new ProcedureSetup("Case 7", "Kidney", [1, 2], sensors));
        Assert.True(created.Accepted, created.Reason);
        var start = Console.Procedures.StartAsync(ConsoleRig.Operator, record!.Id);
        await Console.TickUntil(() => start.IsCompleted);
        Assert.True((await start).Accepted);
        return record.Id;
    }

    public int SaveCommands() => Console.Audit.Entries.Count(e => e.Command is "SaveIceballPlan" or "SaveIceballLayout");

    public void Dispose()
    {
        Console.Dispose();
    }
}
