using CryoWeb.Controller.Simulator;
using CryoWeb.Controller.Outcomes;
using System.Text.Json;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Planning;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Protocols;
using CryoWeb.WebUI.Components.Iceball;
using Microsoft.AspNetCore.Components;
using CryoWeb.Controller.Presets;

namespace CryoWeb.WebUI.Components.Pages.Plan;

/// <summary>
/// The plan page: place the probes and sensors around the target, choose a protocol, predict the iceball on the
/// simulator (in the background, cancellable, one run at a time on the console), and save the plan or only the layout
/// with the running procedure, which hands the layout to the live estimate. It starts from what the running procedure
/// already has, else from the simulator's own positions, else from one probe through a 10 mm target. Operators edit,
/// simulate and save; Supervisors and Admins see the same page read only. The controller checks the role again.
/// </summary>
public partial class PlanPage
{
    /// <summary>The console as planning sees it: probes, channels, the simulator's positions, the controller's options.</summary>
    [Inject]
    private PlanConsole PlanConsole { get; set; } = default!;

    [Inject]
    private ProcedureService Procedures { get; set; } = default!;

    [Inject]
    private ProtocolLibrary Library { get; set; } = default!;

    [Inject]
    private IceballRecords Records { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private PlanForm _form = PlanForm.Blank();
    private IceballLayout? _layout;
    private string? _problem;
    private List<ProtocolDefinition> _protocols = [];
    private int _protocolIndex;
    private int _savedProtocolIndex = -1;
    private string? _startNote;
    private string? _loadProblem;
    private IceballLayout? _simulatorLayout;
    private string? _simulatorProblem;
    private IReadOnlyDictionary<int, string> _sensorChannels = new Dictionary<int, string>();
    private IReadOnlyDictionary<int, string> _sensorNames = new Dictionary<int, string>();
    private PlanPrediction? _prediction;
    private CancellationTokenSource? _run;
    private string? _busyText;
    private string? _simulateMessage;
    private (bool Accepted, string Text)? _saved;
    private bool _saving;

    /// <summary>Until the starting values are in, the page says it is loading (nothing typed could be overwritten).</summary>
    private bool _loaded;

    private bool CanOperate => Caller?.Role == ConsoleRole.Operator;

    private ProtocolDefinition? Protocol => _protocolIndex >= 0 && _protocolIndex < _protocols.Count ? _protocols[_protocolIndex] : null;

    protected override async Task OnInitializedAsync()
    {
        await base.OnInitializedAsync();
        (_sensorNames, _sensorChannels) = PlanSensors.Name(PlanConsole, Procedures.RunningSetup);
        _protocols = [.. await Library.GetAsync()];
        if (PlanConsole.SimulatorLayout is { } simulator)
        {
            _simulatorLayout = SimulatorPositions.From(simulator, out _simulatorProblem);
        }

        if (Procedures.Running is not Guid running || !await LoadSavedAsync(running))
        {
            if (_simulatorLayout is not null)
            {
                UseSimulatorPositions();
            }
            else
            {
                _startNote = _simulatorProblem ?? "probe 1 through the centre of a 10 mm target; enter the positions measured on the images.";
            }
        }

        Check();
        _loaded = true;
    }

    /// <summary>
    /// The running procedure's layout and plan. Saving a plan saves its layout too, so a saved layout that differs from
    /// the plan's was saved after it: that one is what the live estimate uses, and the plan is shown as an earlier
    /// prediction. False when the procedure has neither (or they cannot be read).
    /// </summary>
    private async Task<bool> LoadSavedAsync(Guid procedure)
    {
        try
        {
            var plan = await Records.GetPlanAsync(procedure);
            var layout = await Records.GetLayoutAsync(procedure) ?? plan?.Layout;
            if (layout is null)
            {
                return false;
            }

            _form = PlanForm.From(layout);
            _startNote = "the layout saved with the running procedure.";
            if (plan is not null)
            {
                // The presets may have changed since: the plan's own protocol is offered too, as it was saved.
                _protocolIndex = _protocols.FindIndex(p => PlanPrediction.SameProtocol(p, plan.Protocol));
                if (_protocolIndex < 0)
                {
                    _protocols.Insert(0, plan.Protocol);
                    _protocolIndex = _savedProtocolIndex = 0;
                }

                _prediction = PlanPrediction.Saved(plan);
                _startNote = _prediction.IsFor(layout, plan.Protocol)
                    ? $"the plan saved with the running procedure ({plan.Protocol.Name}, by {_prediction.SavedBy})."
                    : "the layout saved with the running procedure, newer than its saved plan (below, for comparison).";
            }

            return true;
        }
        catch (JsonException e)
        {
            _loadProblem = $"The plan or layout saved with the running procedure could not be read: {e.Message}";
            return false;
        }
    }

    private void UseSimulatorPositions()
    {
        if (_simulatorLayout is not null)
        {
            _form = PlanForm.From(_simulatorLayout);
            _startNote = "the simulator's positions (target centre at the middle of the probes' active zones, a 10 mm sphere with a 5 mm margin).";
            FormChanged();
        }
    }

    /// <summary>After every edit: read the layout once (the page, its preview and its buttons use it), forget an old save's outcome.</summary>
    private void FormChanged()
    {
        Check();
        _saved = null;
    }

    private void Check() => _layout = _form.ToLayout(PlanConsole, out _problem);

    private async Task SimulateAsync()
    {
        _simulateMessage = null;
        if (!CanOperate || _run is not null)
        {
            return;
        }

        if (_layout is not IceballLayout layout || Protocol is not ProtocolDefinition protocol)
        {
            _simulateMessage = ProblemInWords ?? "Choose a protocol.";
            return;
        }

        using var run = new CancellationTokenSource();
        _run = run;
        _busyText = $"Simulating {protocol.Name} on {layout.Probes.Count} probe(s)…";
        try
        {
            var result = await PlanningGate.RunAsync(
                token => IceballPlanner.Predict(layout, protocol, tissue: null, PlanConsole.Options, token),
                () => _busyText = "Waiting for another simulation on this console to finish…",
                run.Token);
            _prediction = PlanPrediction.Simulated(layout, protocol, result);
            _saved = null;
        }
        catch (OperationCanceledException) when (run.IsCancellationRequested)
        {
            _simulateMessage = "Cancelled: nothing was simulated.";
        }
#pragma warning disable CA1031 // A planning run that fails says why on the page; it must not end the circuit.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            _simulateMessage = $"The simulation failed: {e.Message}";
        }
        finally
        {
            _run = null;
            _busyText = null;
        }
    }

    private void Cancel() => _run?.Cancel();

    private string PreviewCaption(bool current) =>
        current && _prediction is PlanPrediction p
            ? $"Predicted after {IceballFormat.Minutes(p.Peak.ModelMinutes)} of {p.Protocol.Name}, the end of the last freeze"
            : "The layout (not simulated yet)";

    /// <summary>The layout's problem as the page names its rows and fields, not as a field path.</summary>
    private string? ProblemInWords => _problem is null ? null : PlanProblemWords.Describe(_problem, _form, c => _sensorNames.GetValueOrDefault(c));

    /// <summary>Why the plan cannot be saved now, or null when it can.</summary>
    private string? PlanBlocker() =>
        LayoutBlocker()
        ?? (_run is not null ? "Wait for the simulation to finish." : null)
        ?? (_prediction is null || !_prediction.IsFor(_layout, Protocol) ? "Simulate this layout and protocol first: the plan keeps the prediction." : null);

    /// <summary>Why the layout cannot be saved now, or null when it can.</summary>
    private string? LayoutBlocker() =>
        !CanOperate ? "Only an Operator can save a plan."
        : Procedures.Running is null ? "Start a procedure on the Set-up page to save a plan."
        : _layout is null ? $"Mend the layout first: {ProblemInWords}"
        : _saving ? "Saving…"
        : null;

    private Task SavePlanAsync()
    {
        // No blocker means the prediction is for the layout and protocol on the page.
        var p = _prediction!;
        return PlanBlocker() is string why
            ? Refuse(why)
            : SaveAsync((caller, id) => Records.SavePlanAsync(caller, id, new IceballPlan(p.Layout, p.Protocol, p.Timeline, p.Peak, Time.GetUtcNow(), caller.User)), "Plan saved with the procedure; the live estimate now uses its layout.");
    }

    private Task SaveLayoutAsync()
    {
        // No blocker means the layout was read without a problem.
        var layout = _layout!;
        return LayoutBlocker() is string why
            ? Refuse(why)
            : SaveAsync((caller, id) => Records.SaveLayoutAsync(caller, id, layout), "Layout saved with the procedure; the live estimate now uses it.");
    }

    private Task Refuse(string why)
    {
        _saved = (false, why);
        return Task.CompletedTask;
    }

    private async Task SaveAsync(Func<Caller, Guid, Task<CommandOutcome>> save, string done)
    {
        if (Caller is not Caller caller || Procedures.Running is not Guid running)
        {
            return;
        }

        _saving = true;
        try
        {
            var outcome = await save(caller, running);
            _saved = outcome.Accepted ? (true, done) : (false, outcome.Reason ?? "Refused.");
        }
        finally
        {
            _saving = false;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Leaving the page stops its simulation.
            _run?.Cancel();
        }

        base.Dispose(disposing);
    }
}
