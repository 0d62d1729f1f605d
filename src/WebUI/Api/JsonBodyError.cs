using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CryoWeb.WebUI.Api;

/// <summary>
/// Words a <see cref="JsonException"/> from reading a request body as "field: what is wrong": the field from the
/// serializer's JSON path, and for an enum the names it accepts (found by walking the body type along that path).
/// </summary>
public static partial class JsonBodyError
{
    public static (string Field, string Message) Describe(JsonException exception, Type bodyType)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(bodyType);
        string path = exception.Path is { Length: > 1 } p ? (p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : "body" + p[1..]) : string.Empty;

        // A syntax error (the reader's exception inside): the body as a whole is not JSON.
        if (exception.InnerException is JsonException syntax)
        {
            return ("body", $"body: not valid JSON ({WithoutPosition(syntax.Message)})");
        }

        if (UnknownMember().Match(exception.Message) is { Success: true } unknown)
        {
            string name = unknown.Groups[1].Value;
            string field = path.EndsWith(name, StringComparison.Ordinal) ? path : path.Length == 0 ? name : $"{path}.{name}";
            return (field, $"{field}: is not a field of this request.");
        }

        // AllowDuplicateProperties = false: {"mode":"Off","mode":"Freeze"} has no one meaning.
        if (DuplicateMember().Match(exception.Message) is { Success: true } duplicate)
        {
            string name = duplicate.Groups[1].Value;
            string field = path.EndsWith(name, StringComparison.OrdinalIgnoreCase) ? path : path.Length == 0 ? name : $"{path}.{name}";
            return (field, $"{field}: given twice; give each field once.");
        }

        string at = path.Length == 0 ? "body" : path;
        var type = TypeAt(bodyType, path);
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type is { IsEnum: true }
            ? (at, $"{at}: not one of {string.Join(", ", Enum.GetNames(type))}.")
            : (at, $"{at}: {(type is null ? "has a value of the wrong kind" : $"needs {Kind(type)}")}.");
    }

    /// <summary>The declared type at a path such as "sensors[0].role" (camelCase, case-insensitive), or null.</summary>
    private static Type? TypeAt(Type root, string path)
    {
        Type? type = root;
        foreach (string segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            int bracket = segment.IndexOf('[', StringComparison.Ordinal);
            string name = bracket >= 0 ? segment[..bracket] : segment;
            if (name.Length > 0 && name != "body")
            {
                type = type?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
            }

            for (int i = bracket; type is not null && i >= 0; i = segment.IndexOf('[', i + 1))
            {
                type = ElementOf(type);
            }
        }

        return type;
    }

    private static Type? ElementOf(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static string Kind(Type type) =>
        type == typeof(string) ? "text"
        : type == typeof(bool) ? "true or false"
        : type == typeof(int) || type == typeof(long) ? "a whole number"
        : type == typeof(double) ? "a finite number"
        : type == typeof(TimeSpan) ? "a duration like \"00:10:00\""
        : type != typeof(string) && ElementOf(type) is not null ? "a list"
        : "an object";

    private static string WithoutPosition(string message)
    {
        int at = message.IndexOf(" Path:", StringComparison.Ordinal);
        int line = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        int cut = at >= 0 ? at : line;
        return (cut >= 0 ? message[..cut] : message).TrimEnd('.', ' ', '|');
    }

    [GeneratedRegex(@"The JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnknownMember();

    [GeneratedRegex(@"[Dd]uplicate propert(?:y|ies) '([^']+)'")]
    private static partial Regex DuplicateMember();
}
