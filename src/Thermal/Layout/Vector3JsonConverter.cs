using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CryoWeb.Thermal.Layout;

/// <summary>Reads and writes a position or direction as a JSON array [x, y, z].</summary>
public sealed class Vector3JsonConverter : JsonConverter<Vector3>
{
    public override Vector3 Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("expected an array of three numbers [x, y, z].");
        }

        Span<float> values = stackalloc float[3];
        int count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.Number || count == 3)
            {
                throw new JsonException("expected an array of three numbers [x, y, z].");
            }

            values[count++] = reader.GetSingle();
        }

        return count == 3 ? new Vector3(values[0], values[1], values[2]) : throw new JsonException("expected an array of three numbers [x, y, z].");
    }

    public override void Write(Utf8JsonWriter writer, Vector3 value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        writer.WriteNumberValue(value.X);
        writer.WriteNumberValue(value.Y);
        writer.WriteNumberValue(value.Z);
        writer.WriteEndArray();
    }
}
