using CryoWeb.Controller.Setup;
using Bunit;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Safety;
using CryoWeb.WebUI.Tests.Console;
using Microsoft.AspNetCore.Components;
using CryoWeb.Controller.Frames;

namespace CryoWeb.WebUI.Tests.Iceball;

/// <summary>
/// The console rig with its real <see cref="IceballEstimator"/> driven by hand: control ticks on the fake clock, each
/// tick's frame handed to the estimator as the frame feed would, and the estimator's work run by
/// <see cref="IceballEstimator.Pump"/> (its thread is not started).
/// </summary>
internal sealed class LiveIceball : IDisposable
{
    /// <summary>Probes 1 and 2 either side of the centre, sensors on channels 2 and 3 (both thermal sensor channels).</summary>
    public static IceballLayout Layout { get; } = new(
        [new ProbePlacement(1, -5, 0, -15, 30), new ProbePlacement(2, 5, 0, -15, 30)],
        [new SensorPlacement(2, 0, 10, 0), new SensorPlacement(3, -15, 0, 0)],
        new TargetShape(8, 8, 10, 5));

    private readonly ControlFrame _frame;

    public LiveIceball()
    {
        _frame = new ControlFrame(Rig.Hardware.Thermocouples.ChannelCount, Rig.Hardware.ProbeCount);
    }

    public ConsoleRig Rig { get; } = new();

    public IceballEstimator Estimator => Rig.Estimator;

    /// <summary>A bUnit context of the rig's services, rendering as the live circuit does (interactive).</summary>
    public BunitContext Context(Caller user)
    {
        var context = Rig.Context(user);
        context.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return context;
    }

    /// <summary>Creates and starts a procedure (sensor channel 2 named "TS1 urethra"); returns its id.</summary>
    public async Task<Guid> StartProcedureAsync()
    {
        var setup = new ProcedureSetup("Case 7", "kidney", [1, 2], [new SensorSetup(2, "TS1 urethra", SensorRole.CriticalStructure, 8, ProtectiveAction.AlarmOnly, [])]);
        var (created, record) = await Rig.Procedures.CreateAsync(ConsoleRig.Operator, setup);
        Assert.True(created.Accepted, created.Reason);
        var started = Rig.Procedures.StartAsync(ConsoleRig.Operator, record!.Id);
        await Rig.TickUntil(() => started.IsCompleted);
        Assert.True((await started).Accepted);
        return record.Id;
    }

    public async Task FreezeAsync(int probe)
    {
        var freeze = Rig.Commands.SetProbeMode(ConsoleRig.Operator, probe, ProbeMode.Freeze);
        await Rig.TickUntil(() => freeze.IsCompleted);
        Assert.True((await freeze).Accepted);
    }

    /// <summary>Runs the console for <paramref name="seconds"/>, feeding every frame to the estimator, then lets it work.</summary>
    public void Run(double seconds)
    {
        for (int i = 0; i < seconds * 10; i++)
        {
            Rig.Tick();
            Assert.True(Rig.Core.Frames.TryCopy(Rig.Core.Frames.Published, _frame));
            Estimator.OnFrame(_frame);
        }

        Estimator.Pump();
    }

    public void Dispose() => Rig.Dispose();
}
