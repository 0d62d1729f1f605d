using System.Text.Json;
using System.Text.Json.Serialization;

namespace CryoWeb.Thermal.Layout;

/// <summary>Reads a <see cref="SimulationLayout"/> from JSON (camelCase, vectors as [x, y, z], unknown fields refused).</summary>
public static class SimulationLayoutJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new Vector3JsonConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true, // "probes": null is an error naming the field, not a NullReferenceException later
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Loads and validates a layout file; the <see cref="ArgumentException"/> names the file and the bad field.</summary>
    public static SimulationLayout Load(string path)
    {
        try
        {
            var layout = JsonSerializer.Deserialize<SimulationLayout>(File.ReadAllText(path), Options)
                ?? throw new ArgumentException($"{path}: the file holds no layout.");
            layout.Validate();
            return layout;
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{path}: {e.Path}: {e.Message}", e);
        }
        catch (ArgumentException e) when (!e.Message.StartsWith(path, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{path}: {e.Message}", e);
        }
    }
}
