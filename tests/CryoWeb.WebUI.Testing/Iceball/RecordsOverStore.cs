using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Storage;
using CryoWeb.Hardware;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Thermal.Layout;
using Microsoft.Extensions.Logging.Abstractions;
using CryoWeb.Controller.Configuration;

namespace CryoWeb.WebUI.Tests.Iceball;

/// <summary>
/// The real <see cref="IceballRecords"/> over an existing store, with the controller pieces it needs built on the
/// console's default simulated plant (nothing ticks: the review only reads what was saved).
/// </summary>
internal sealed class RecordsOverStore : IDisposable
{
    private readonly PlantHardware _hardware;
    private readonly IceballEstimator _estimator;

    public RecordsOverStore(ProcedureStore store, TimeProvider time)
    {
        var plant = new SimulatedPlant(SimulationLayout.Default with { GridSpacingMm = 3, MarginMm = 20 }, time.GetUtcNow(), 0.1);
        _hardware = plant.CreateHardware(time);
        var core = new ControlCore(_hardware, new ControllerOptions());
        var recorder = new SampleRecorder(store);
        var audit = new MemoryAuditTrail();
        var permit = new ProcedureGasPermit();
        var procedures = new ProcedureService(store, ConsoleDescription.Of(core.Plant, core.Options), new ConsoleCommandService(core, audit, time, permit), recorder, audit, time, permit);
        _estimator = new IceballEstimator(ConsoleDescription.Of(core.Plant), recorder, store, time, NullLogger<IceballEstimator>.Instance);
        Records = new IceballRecords(store, procedures, ConsoleDescription.Of(core.Plant, core.Options), _estimator, audit, time);
    }

    public IceballRecords Records { get; }

    public void Dispose()
    {
        _estimator.Dispose();
        _hardware.Dispose();
    }
}
