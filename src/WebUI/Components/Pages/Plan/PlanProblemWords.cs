using System.Globalization;
using System.Text.RegularExpressions;

namespace CryoWeb.WebUI.Components.Pages.Plan;

/// <summary>
/// A layout problem as the controller words it for programs ("probes[1].tipYMm: ...") in the words of the plan page:
/// the row by its number and what it holds ("Probe row 2 (probe 1): tip y: ..."), the field by its label.
/// The machine form stays the page's key for marking the row.
/// </summary>
public static partial class PlanProblemWords
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["probe"] = "", // the message names the probe itself ("probe 1 is placed twice")
        ["tip"] = "tip",
        ["tipXMm"] = "tip x",
        ["tipYMm"] = "tip y",
        ["tipZMm"] = "tip z",
        ["activeLengthMm"] = "active length",
        ["diameterMm"] = "diameter",
        ["channel"] = "sensor",
        ["xMm"] = "x",
        ["yMm"] = "y",
        ["zMm"] = "z",
        ["radiusMm"] = "radius",
        ["radiusXMm"] = "radius x",
        ["radiusYMm"] = "radius y",
        ["radiusZMm"] = "radius z",
        ["marginMm"] = "margin",
    };

    /// <summary>The problem in words; <paramref name="sensorName"/> names a channel as the page does.</summary>
    public static string Describe(string problem, PlanForm form, Func<int, string?> sensorName)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(sensorName);
        int colon = problem.IndexOf(": ", StringComparison.Ordinal);
        var path = colon > 0 ? Path().Match(problem[..colon]) : Match.Empty;
        if (!path.Success)
        {
            return problem;
        }

        string rest = problem[(colon + 2)..];
        string field = path.Groups["field"].Success ? Fields.GetValueOrDefault(path.Groups["field"].Value, path.Groups["field"].Value) : "";
        if (path.Groups["list"].Value == "target")
        {
            return $"Target: {field}: {rest}";
        }

        int index = int.Parse(path.Groups["index"].Value, CultureInfo.InvariantCulture);
        string who = path.Groups["list"].Value == "probes"
            ? $"Probe row {index + 1}{(index < form.Probes.Count ? $" (probe {form.Probes[index].Probe})" : "")}"
            : $"Sensor row {index + 1}{(index < form.Sensors.Count && sensorName(form.Sensors[index].Channel) is string name ? $" ({name})" : "")}";
        return field.Length == 0 ? $"{who}: {rest}" : $"{who}: {field}: {rest}";
    }

    [GeneratedRegex(@"^(?<list>probes|sensors)\[(?<index>\d{1,3})\](\.(?<field>[A-Za-z]+))?$|^(?<list>target)\.(?<field>[A-Za-z]+)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Path();
}
