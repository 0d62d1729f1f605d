using System.Text.Json;
using System.Text.Json.Serialization;

namespace CryoWeb.WebUI.Api;

/// <summary>
/// JSON of the REST API, in and out: camelCase, enums by one defined name (never by number, so "mode": 7 is refused,
/// nor by a comma list of flags, so "Freeze, Stick" is refused), unknown members refused (a misspelt "powerPercnt" must
/// not silently fall back to a default), a member given twice refused ({"mode":"Off","mode":"Freeze"}: which one did
/// the sender mean?), and NaN / infinity written as null (a faulty reading has no number).
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
            AllowDuplicateProperties = false,
        };
        options.Converters.Add(new DefinedEnumConverter());
        options.Converters.Add(new FiniteDoubleConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
