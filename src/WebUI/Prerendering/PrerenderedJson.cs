using System.Text.Json;
using System.Text.Json.Serialization;

namespace CryoWeb.WebUI.Prerendering;

/// <summary>
/// Carries what a page read while it was prerendered into its interactive circuit (a <c>[PersistentState]</c> string),
/// so the circuit's first render shows the same content instead of a "Loading…" line in its place. Written with named
/// floating-point literals (a channel that never read has NaN) and enums by name; what cannot be read back is null, and
/// the page then simply loads as it would without it.
/// </summary>
public static class PrerenderedJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Read<T>(string? json)
        where T : class
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
