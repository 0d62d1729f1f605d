using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CryoWeb.WebUI.Api;

/// <summary>
/// Enums by name, and only by one defined name (case-insensitive): <see cref="JsonStringEnumConverter"/> also reads a
/// comma list ("Freeze, Stick") as a flag combination, which for an enum that is no [Flags] enum is a value nobody
/// defined (or worse, another member's). Numbers are refused too. Written by name; a member's
/// <see cref="JsonStringEnumMemberNameAttribute"/> ("open-thermocouple") is its name, as with the framework's converter.
/// </summary>
public sealed class DefinedEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter?)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert));

    private sealed class Converter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        /// <summary>Every member with its JSON name, in declaration order (as the refusal lists them).</summary>
        private static readonly (T Value, string Name)[] Members = [.. Enum.GetValues<T>().Select(v => (v,
            typeof(T).GetField(v.ToString(), BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? v.ToString()))];

        private static readonly FrozenDictionary<T, string> NameOf = Members.DistinctBy(m => m.Value).ToFrozenDictionary(m => m.Value, m => m.Name);

        private static readonly FrozenDictionary<string, T> Names = Members.ToFrozenDictionary(m => m.Name, m => m.Value, StringComparer.OrdinalIgnoreCase);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && reader.GetString() is string name && Names.TryGetValue(name, out var value)
                ? value
                : throw new JsonException($"not one of {string.Join(", ", Members.Select(m => m.Name))}.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            if (NameOf.TryGetValue(value, out string? name))
            {
                writer.WriteStringValue(name);
            }
            else
            {
                writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetString() is string name && Names.TryGetValue(name, out var value)
                ? value
                : throw new JsonException($"not one of {string.Join(", ", Members.Select(m => m.Name))}.");

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WritePropertyName(NameOf.GetValueOrDefault(value) ?? value.ToString());
        }
    }
}
