using System.Text.Json;
using System.Text.Json.Serialization;

namespace CryoWeb.Controller.Iceball;

/// <summary>How layouts, plans and estimates are written as JSON (stored with the procedure and sent to the review).</summary>
public static class IceballJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // An RMS before any comparison is NaN: written as "NaN", not refused.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,

        // Enums by name: a stored plan's "Freeze" must not turn into another mode if the enum is ever reordered.
        Converters = { new JsonStringEnumConverter() },
    };
}
