using System.Globalization;

namespace CryoWeb.WebUI.Components.Pages.Plan;

/// <summary>Millimetres as the plan page reads and writes them: invariant culture, with "," accepted for ".".</summary>
public static class PlanNumber
{
    /// <summary>The number in <paramref name="text"/> ("-7.5", "-7,5"), or null when it is not a finite number.</summary>
    public static double? Parse(string? text)
    {
        string trimmed = (text ?? "").Trim().Replace(',', '.');
        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : null;
    }

    /// <summary>Millimetres for an input: up to two decimals, invariant culture.</summary>
    public static string Format(double mm) => Math.Round(mm, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
