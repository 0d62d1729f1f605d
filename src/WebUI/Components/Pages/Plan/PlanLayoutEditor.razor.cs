using Microsoft.AspNetCore.Components;

namespace CryoWeb.WebUI.Components.Pages.Plan;

/// <summary>
/// Edits a <see cref="PlanForm"/> in place and says so through <see cref="Changed"/> after every change, so the page
/// can check the layout and redraw the preview. The row that <see cref="Problem"/> names is marked.
/// </summary>
public partial class PlanLayoutEditor
{
    [Parameter, EditorRequired]
    public PlanForm Form { get; set; } = default!;

    /// <summary>The console's probes (numbered 1 to this).</summary>
    [Parameter]
    public int ProbeCount { get; set; }

    /// <summary>The console's thermal sensor channels (0-based) and how to call them, in channel order.</summary>
    [Parameter]
    public IReadOnlyDictionary<int, string> SensorChannels { get; set; } = new Dictionary<int, string>();

    /// <summary>The layout's current problem ("probes[1].tip: ..."), to mark its row; null when there is none.</summary>
    [Parameter]
    public string? Problem { get; set; }

    /// <summary>Shown, not edited (a Supervisor's view).</summary>
    [Parameter]
    public bool ReadOnly { get; set; }

    [Parameter]
    public EventCallback Changed { get; set; }

    private string RowClass(string key) =>
        Problem is not null && (Problem.StartsWith(key + ":", StringComparison.Ordinal) || Problem.StartsWith(key + ".", StringComparison.Ordinal))
            ? "row-problem"
            : "";

    private Task OnChanged() => Changed.InvokeAsync();

    private Task AddProbe()
    {
        Form.AddProbe(ProbeCount);
        return Changed.InvokeAsync();
    }

    private Task RemoveProbe(int index)
    {
        Form.Probes.RemoveAt(index);
        return Changed.InvokeAsync();
    }

    private Task AddSensor()
    {
        Form.AddSensor(SensorChannels.Keys.Order());
        return Changed.InvokeAsync();
    }

    private Task RemoveSensor(int index)
    {
        Form.Sensors.RemoveAt(index);
        return Changed.InvokeAsync();
    }
}
