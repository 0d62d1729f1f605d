using CryoWeb.Controller.Setup;
using System.Text.RegularExpressions;

namespace CryoWeb.WebUI.Components.Forms;

/// <summary>
/// A set-up refusal as the controller words it for programs ("sensors[2].limitCelsius: a critical-structure limit must
/// be -40 to 40 C, not 50") turned into the words of the form a clinician filled in ("Sensor 3 (TS3 urethra): limit: a
/// critical-structure limit must be -40 to 40 C, not 50"). The machine path stays in the API's errors for programs.
/// </summary>
public static partial class SetupProblemWords
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["channel"] = "channel",
        ["name"] = "name",
        ["role"] = "role",
        ["limitCelsius"] = "limit",
        ["action"] = "protective action",
        ["linkedProbes"] = "linked probes",
    };

    /// <summary>The reason in words; <paramref name="setup"/> gives the sensors' names. Text without a field path is returned as is.</summary>
    public static string Describe(string reason, ProcedureSetup? setup) =>
        Describe(reason, setup?.Sensors?.Select(s => s?.Name).ToList() ?? []);

    /// <summary>The reason in words, naming sensor i by <paramref name="sensorNames"/>[i] where it has one.</summary>
    public static string Describe(string reason, IReadOnlyList<string?> sensorNames)
    {
        ArgumentNullException.ThrowIfNull(sensorNames);
        ArgumentNullException.ThrowIfNull(reason);
        int colon = reason.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0)
        {
            return reason;
        }

        string path = reason[..colon];
        string rest = reason[(colon + 2)..];
        if (path is "label" or "organ")
        {
            return rest; // ClinicalText already names the field in words: "Organ: required, 1 to 40 characters."
        }

        if (path.StartsWith("probesInUse", StringComparison.Ordinal))
        {
            return $"Probes in use: {rest}";
        }

        var sensor = SensorPath().Match(path);
        if (!sensor.Success)
        {
            return reason;
        }

        int index = int.Parse(sensor.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
        string name = index < sensorNames.Count && !string.IsNullOrWhiteSpace(sensorNames[index]) && sensorNames[index]!.Length <= 40 ? $" ({sensorNames[index]!.Trim()})" : "";
        string who = $"Sensor {index + 1}{name}";
        if (!sensor.Groups["field"].Success)
        {
            return $"{who}: {rest}";
        }

        string field = Fields.GetValueOrDefault(sensor.Groups["field"].Value, sensor.Groups["field"].Value);
        // ClinicalText's own words ("Sensor name: ...") say the field already.
        return rest.StartsWith("Sensor name: ", StringComparison.Ordinal) ? $"{who}: name {rest["Sensor name: ".Length..]}" : $"{who}: {field}: {rest}";
    }

    [GeneratedRegex(@"^sensors\[(?<index>\d{1,3})\](\.(?<field>[A-Za-z]+)(\[\d{1,3}\])?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex SensorPath();
}
