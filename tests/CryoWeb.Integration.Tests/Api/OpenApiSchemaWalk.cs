using System.Text.Json;
using System.Text.Json.Nodes;

namespace CryoWeb.WebUI.Tests.Api;

/// <summary>Walks a JSON value or a request sample beside its OpenAPI schema ($ref and oneOf-with-null followed), for <see cref="OpenApiRequiredTests"/>.</summary>
internal static class OpenApiSchemaWalk
{
    /// <summary>The properties the schema requires that the (valid) sample leaves out, at any depth.</summary>
    public static IEnumerable<string> RequiredButAbsent(JsonElement document, JsonNode body, JsonElement schema, string at)
    {
        schema = Resolve(document, schema);
        if (body is JsonArray array && schema.TryGetProperty("items", out var items))
        {
            return array.Where(n => n is not null).SelectMany((n, i) => RequiredButAbsent(document, n!, items, $"{at}[{i}]"));
        }

        if (body is not JsonObject obj || !schema.TryGetProperty("properties", out var properties))
        {
            return [];
        }

        var absent = schema.TryGetProperty("required", out var required)
            ? required.EnumerateArray().Select(n => n.GetString()!).Where(n => !obj.ContainsKey(n)).Select(n => at.Length == 0 ? n : $"{at}.{n}")
            : [];
        return absent.Concat(obj.Where(p => p.Value is not null && properties.TryGetProperty(p.Key, out _))
            .SelectMany(p => RequiredButAbsent(document, p.Value!, properties.GetProperty(p.Key), at.Length == 0 ? p.Key : $"{at}.{p.Key}")));
    }

    /// <summary>Every property of the sample (at any depth: in arrays, the first element) with the body without it, and whether the schema requires it.</summary>
    public static IEnumerable<(string Field, JsonNode Without, bool Required)> Omissions(JsonElement document, JsonNode body, JsonElement schema, string at)
    {
        schema = Resolve(document, schema);
        if (body is JsonArray array && array.Count > 0 && schema.TryGetProperty("items", out var items))
        {
            foreach (var (field, without, required) in Omissions(document, array[0]!, items, at + "[0]"))
            {
                var copy = (JsonArray)body.DeepClone();
                copy[0] = without.DeepClone();
                yield return (field, copy, required);
            }
        }
        else if (body is JsonObject obj && schema.TryGetProperty("properties", out var properties))
        {
            var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(n => n.GetString()).ToHashSet() : [];
            foreach (var (name, value) in obj.ToList())
            {
                string field = at.Length == 0 ? name : $"{at}.{name}";
                var without = (JsonObject)obj.DeepClone();
                without.Remove(name);
                yield return (field, without, required.Contains(name));
                if (value is not null && properties.TryGetProperty(name, out var inner))
                {
                    foreach (var (deeper, innerWithout, innerRequired) in Omissions(document, value, inner, field))
                    {
                        var copy = (JsonObject)obj.DeepClone();
                        copy[name] = innerWithout.DeepClone();
                        yield return (deeper, copy, innerRequired);
                    }
                }
            }
        }
    }

    /// <summary>Records where <paramref name="value"/> lacks a property <paramref name="schema"/> requires, or holds a null it does not allow.</summary>
    public static void Check(JsonElement document, JsonElement value, JsonElement schema, string at, List<string> wrong)
    {
        schema = Resolve(document, schema);
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            int i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(document, item, items, $"{at}[{i++}]", wrong);
            }
        }
        else if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (string name in required.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                {
                    wrong.Add($"{at}.{name}: required but absent");
                }
            }

            foreach (var property in value.EnumerateObject())
            {
                if (!properties.TryGetProperty(property.Name, out var inner))
                {
                    continue;
                }

                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    if (!AllowsNull(document, inner))
                    {
                        wrong.Add($"{at}.{property.Name}: null, which the schema does not allow");
                    }
                }
                else
                {
                    Check(document, property.Value, inner, $"{at}.{property.Name}", wrong);
                }
            }
        }
    }

    private static bool AllowsNull(JsonElement document, JsonElement schema)
    {
        if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
        {
            return oneOf.EnumerateArray().Any(s => AllowsNull(document, s));
        }

        schema = Resolve(document, schema);
        if (schema.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean())
        {
            return true;
        }

        return schema.TryGetProperty("type", out var type) &&
            (type.ValueKind == JsonValueKind.String ? type.GetString() == "null" : type.EnumerateArray().Any(t => t.GetString() == "null"));
    }

    /// <summary>Follows a $ref, and a oneOf of null and one schema, to the schema itself.</summary>
    public static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var real = oneOf.EnumerateArray().Where(s => !(s.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null")).ToList();
            if (real.Count == 1)
            {
                schema = real[0];
            }
        }

        while (schema.TryGetProperty("$ref", out var reference))
        {
            var target = document;
            foreach (string part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                target = target.GetProperty(part);
            }

            schema = target;
        }

        return schema;
    }
}
