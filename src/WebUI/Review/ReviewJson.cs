using System.Text.Json;
using System.Text.Json.Serialization;

namespace CryoWeb.WebUI.Review;

/// <summary>How review answers are written: camelCase, enums by name (states, modes, priorities, alarm actions).</summary>
public static class ReviewJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
