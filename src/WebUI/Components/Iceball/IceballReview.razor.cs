using System.Text.Json;
using CryoWeb.Controller.Iceball;
using CryoWeb.WebUI.Prerendering;
using Microsoft.AspNetCore.Components;

namespace CryoWeb.WebUI.Components.Iceball;

/// <summary>
/// The review's "Iceball: plan and result": the saved plan's predicted iceball at its largest (with its protocol and
/// the coverage at the end of its timeline) beside the largest live estimate of the procedure and the last one, each drawn
/// in its two planes with the isotherm table, or a plain message when none was saved. <see cref="Printable"/> keeps
/// the text and the tables only, for the printed report.
/// </summary>
public sealed partial class IceballReview
{
    public const string Caveat = "Both are model estimates from the tip and sensor temperatures, not measurements: the imaging shows the real iceball.";

    private IceballPlan? _plan;
    private IceballEstimate? _estimate;
    private IceballEstimate? _peak;
    private readonly List<string> _unreadable = [];
    private bool _loaded;
    private Guid? _loadedFor;

    [Parameter, EditorRequired]
    public Guid ProcedureId { get; set; }

    /// <summary>Channel names of the procedure, for the sensors.</summary>
    [Parameter]
    public IReadOnlyDictionary<int, string>? SensorNames { get; set; }

    /// <summary>Text and tables only (the printable report).</summary>
    [Parameter]
    public bool Printable { get; set; }

    /// <summary>The token of the records the prerendered page showed (<see cref="PrerenderHandoff"/>), so the circuit's first render shows them too.</summary>
    [PersistentState]
    public string? PrerenderedRecords { get; set; }

    /// <summary>The request, only while prerendering.</summary>
    [CascadingParameter]
    public Microsoft.AspNetCore.Http.HttpContext? HttpContext { get; set; }

    [Inject]
    private IceballRecords Records { get; set; } = default!;

    [Inject]
    private PrerenderHandoff Handoff { get; set; } = default!;

    [Inject]
    private CryoWeb.WebUI.Clock.ConsoleTimeZone Zone { get; set; } = default!;

    protected override void OnInitialized()
    {
        if (Handoff.Take<IceballReviewRecords>(PrerenderedRecords) is { } read && read.ProcedureId == ProcedureId)
        {
            (_plan, _estimate, _peak, _loaded, _loadedFor) = (read.Plan, read.Estimate, read.Peak, true, ProcedureId);
            _unreadable.AddRange(read.Unreadable);
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor == ProcedureId)
        {
            return;
        }

        _loadedFor = ProcedureId;
        _loaded = false;
        _unreadable.Clear();
        var plan = Records.GetPlanAsync(ProcedureId);
        var estimate = Records.GetEstimateAsync(ProcedureId);
        var peak = Records.GetPeakEstimateAsync(ProcedureId);
        _plan = await ReadAsync(plan, "plan");
        _estimate = await ReadAsync(estimate, "live estimate");
        _peak = await ReadAsync(peak, "largest live estimate");
        _loaded = true;
        if (HttpContext is not null && !Printable)
        {
            // Prerendering a page that becomes interactive (the printed report never does).
            PrerenderedRecords = Handoff.Keep(new IceballReviewRecords(ProcedureId, _plan, _estimate, _peak, [.. _unreadable]));
        }
    }

    /// <summary>A record that cannot be read is reported, and the rest of the review still shows.</summary>
    private async Task<T?> ReadAsync<T>(Task<T?> reading, string what)
        where T : class
    {
        try
        {
            return await reading;
        }
        catch (JsonException e)
        {
            _unreadable.Add($"The saved {what} could not be read ({e.Message}).");
            return null;
        }
    }
}
