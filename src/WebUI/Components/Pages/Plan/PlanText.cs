using System.Globalization;
using CryoWeb.Controller.Iceball;

namespace CryoWeb.WebUI.Components.Pages.Plan;

/// <summary>How the plan page words a prediction: invariant culture, never NaN.</summary>
public static class PlanText
{
    public static string Minutes(double minutes) =>
        double.IsFinite(minutes) ? minutes.ToString("0.#", CultureInfo.InvariantCulture) : "—";

    /// <summary>"0 °C 34.5 mm wide; −20 °C 27.0 mm wide, 92 % of target + margin; ..." for each isotherm of the estimate.</summary>
    public static string Peak(IceballEstimate peak)
    {
        ArgumentNullException.ThrowIfNull(peak);
        return string.Join("; ", peak.Isotherms.Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $"{i.Celsius:0} °C {Mm(i.WidthMm)} wide, {Percent(i.TargetCoveredPercent)} of target + margin")));
    }

    private static string Mm(double mm) => double.IsFinite(mm) ? mm.ToString("0.0", CultureInfo.InvariantCulture) + " mm" : "—";

    private static string Percent(double percent) => double.IsFinite(percent) ? percent.ToString("0", CultureInfo.InvariantCulture) + " %" : "—";
}
