using CryoWeb.WebUI.Components.Forms;

namespace CryoWeb.WebUI.Components.Pages.Plan;

/// <summary>Millimetres as the plan page reads and writes them: the console's one <see cref="TypedNumber"/> rule.</summary>
public static class PlanNumber
{
    /// <summary>The number in <paramref name="text"/> ("-7.5", "-7,5"), or null when it is not one.</summary>
    public static double? Parse(string? text) => TypedNumber.Parse(text);

    /// <summary>Millimetres for an input: up to two decimals, invariant culture.</summary>
    public static string Format(double mm) => TypedNumber.Format(mm);
}
