using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CryoWeb.WebUI.Api;

/// <summary>
/// Declares every enum as the API writes and reads it: a string, one of its names, spelled exactly as
/// <see cref="ApiJson.Options"/> (<see cref="DefinedEnumConverter"/>) writes them ("Freeze", "open-thermocouple").
/// The generator alone would call them integers, which the API refuses. A nullable enum member is already written as
/// <c>oneOf: [null, $ref]</c>, so the enum's own schema never admits null (the two would overlap).
/// </summary>
public sealed class EnumSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = context.JsonTypeInfo.Type;
        var enumType = Nullable.GetUnderlyingType(type) ?? type;
        if (!enumType.IsEnum)
        {
            return Task.CompletedTask;
        }

        schema.Type = JsonSchemaType.String;
        schema.Format = null;
        schema.Pattern = null;
        schema.Enum = [.. Names(enumType).Select(n => (JsonNode)JsonValue.Create(n))];
        return Task.CompletedTask;
    }

    /// <summary>The names the API writes for <paramref name="enumType"/>, in declaration order, each once.</summary>
    public static IReadOnlyList<string> Names(Type enumType)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        return [.. Enum.GetValues(enumType).Cast<object>().Select(v => JsonSerializer.Serialize(v, enumType, ApiJson.Options).Trim('"')).Distinct(StringComparer.Ordinal)];
    }
}
