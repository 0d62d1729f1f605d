using System.Text.Json;
using System.Text.Json.Serialization;

namespace CryoWeb.WebUI.Api;

/// <summary>
/// JSON of the REST API, in and out: camelCase, enums by name (never by number, so "mode": 7 is refused), unknown
/// members refused (a misspelt "powerPercnt" must not silently fall back to a default), and NaN / infinity written as
/// null (a faulty reading has no number).
/// </summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.Converters.Add(new FiniteDoubleConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
