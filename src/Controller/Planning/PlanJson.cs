using System.Text.Json;
using System.Text.Json.Serialization;
using CryoWeb.Thermal.Layout;

namespace CryoWeb.Controller.Planning;

/// <summary>The JSON dialect of plan files and reports: camelCase, enums by name, vectors as [x, y, z], unknown fields refused.</summary>
public static class PlanJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new Vector3JsonConverter() }, // same dialect as SimulationLayoutJson
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true, // "protocol": null is an error naming the field, not a NullReferenceException later
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Parses and validates a plan; any problem is a <see cref="PlanException"/> that names the field.</summary>
    public static PlanFile Parse(string json)
    {
        PlanFile? plan;
        try
        {
            plan = JsonSerializer.Deserialize<PlanFile>(json, Options);
        }
        catch (JsonException e)
        {
            string path = e.Path?.TrimStart('$', '.') ?? string.Empty;
            string where = path.Length == 0 ? string.Empty : $"{path}: ";
            string hint = path.EndsWith(".mode", StringComparison.OrdinalIgnoreCase)
                ? $" Modes are {string.Join(", ", Enum.GetNames<PlanMode>())}."
                : string.Empty;
            throw new PlanException($"{where}{FirstLine(e.Message)}{hint}", e);
        }

        if (plan is null)
        {
            throw new PlanException("the file holds no plan (it is 'null').");
        }

        plan.Validate();
        return plan;
    }

    private static string FirstLine(string message)
    {
        int end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
