using CryoWeb.Controller.Iceball;
using Microsoft.AspNetCore.Components;

namespace CryoWeb.WebUI.Components.Iceball;

/// <summary>
/// A table of the isotherms of an estimate or plan (0, −20, −40 °C): width × length, volume, the share of the target
/// plus margin covered, and the smallest margin beyond the target, shown as a warning when the isotherm stays inside
/// the target somewhere.
/// </summary>
public sealed partial class IceballSummary
{
    [Parameter, EditorRequired]
    public IReadOnlyList<IsothermSize> Isotherms { get; set; } = [];
}
