using CryoWeb.Controller.Iceball;
using Microsoft.AspNetCore.Components;

namespace CryoWeb.WebUI.Components.Iceball;

/// <summary>
/// Renders one <see cref="IceballStatus"/> and nothing else (tests build statuses by hand): the estimator's message
/// for each state, a link to the Plan page while no layout is given, and while estimating the estimate's age, its two
/// planes, the isotherm table and the check against the sensors. A failed estimator's last estimate is not shown, and
/// an estimate that cannot be drawn says so in place instead of failing the page.
/// </summary>
public sealed partial class IceballStatusView
{
    [Parameter, EditorRequired]
    public IceballStatus Status { get; set; } = IceballStatus.Idle;

    /// <summary>Sensor names by channel for the running procedure.</summary>
    [Parameter]
    public IReadOnlyDictionary<int, string>? SensorNames { get; set; }
}
