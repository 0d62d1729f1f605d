using CryoWeb.Controller.Setup;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Tests.Procedures;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryoWeb.Controller.Tests.Iceball;

/// <summary>
/// The procedure rig (three probes, two sensors, simulator, fake clock) with the live estimator on a frame feed of its
/// own; <see cref="Run"/> ticks the console and pumps the feeds and the estimator as their threads would.
/// </summary>
internal sealed class IceballRig : IDisposable
{
    /// <summary>The harness's three probes (tips at x = -15, 0, 15, z = 0) and two sensors, from a target at (0, 0, 15).</summary>
    public static IceballLayout Layout { get; } = new(
        [new ProbePlacement(1, -15, 0, -15), new ProbePlacement(2, 0, 0, -15), new ProbePlacement(3, 15, 0, -15)],
        [new SensorPlacement(3, -15, 6, 0), new SensorPlacement(4, 0, 25, 0)],
        new TargetShape(20, 8, 15, 5));

    private readonly FrameFeed _feed;

    public IceballRig()
    {
        // Four hypotheses on a coarse grid keep the test quick; the full ensemble is validated in EstimatorValidationTests.
        var options = new IceballEstimatorOptions { Hypotheses = [new(0.7, 1), new(1.3, 1), new(1, 3)], GridSpacingMm = 2.5 };
        Estimator = new IceballEstimator(ConsoleDescription.Of(Procedure.Console.Core.Plant), Procedure.Recorder, Procedure.Store, Procedure.Console.Time, NullLogger<IceballEstimator>.Instance, options);
        _feed = new FrameFeed(Procedure.Console.Core, [Estimator], NullLogger<FrameFeed>.Instance);
        var audit = new StoreAuditSink(Procedure.Store, Procedure.Recorder, new MemoryAuditTrail());
        Records = new IceballRecords(Procedure.Store, Procedure.Procedures, ConsoleDescription.Of(Procedure.Console.Core.Plant, Procedure.Console.Core.Options), Estimator, audit, Procedure.Console.Time);
        Estimator.Changed += (_, status) => Published.Add(status);
    }

    public ProcedureRig Procedure { get; } = new();

    public IceballEstimator Estimator { get; }

    public IceballRecords Records { get; }

    /// <summary>Every status the estimator published, in order.</summary>
    public List<IceballStatus> Published { get; } = [];

    /// <summary>Whether <see cref="Run"/> lets the estimator's thread work (false: its queue fills, as when it lags behind).</summary>
    public bool EstimatorRuns { get; set; } = true;

    public void Run(TimeSpan duration)
    {
        for (int i = 0; i < duration / Procedure.Console.Options.TickPeriod; i++)
        {
            Procedure.Console.Tick();
            Procedure.Feed.Pump();
            _feed.Pump();
            if (EstimatorRuns && i % 10 == 9)
            {
                Estimator.Pump();
            }
        }

        if (EstimatorRuns)
        {
            Estimator.Pump();
        }
    }

    public async Task<Guid> StartProcedureAsync()
    {
        var (created, procedure) = await Procedure.Procedures.CreateAsync(ProcedureRig.Operator, new ProcedureSetup("Iceball", "kidney", [1, 2, 3], []));
        Assert.True(created.Accepted, created.Reason);
        var started = await Procedure.Complete(Procedure.Procedures.StartAsync(ProcedureRig.Operator, procedure!.Id));
        Assert.True(started.Accepted, started.Reason);
        return procedure.Id;
    }

    public void Dispose()
    {
        Estimator.Dispose();
        _feed.Dispose();
        Procedure.Dispose();
    }
}
