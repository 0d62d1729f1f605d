using System.Globalization;
using CsCheck;

namespace CryoWeb.WebUI.Tests.Fuzzing;

/// <summary>
/// Random request bodies for the command endpoints: objects with the real field names and random values (wrong
/// types, huge numbers, NaN strings, undefined enum names, long strings), missing and extra fields, deep nesting,
/// plain garbage and random bytes (as Latin-1 text), and empty bodies.
/// </summary>
internal static class JsonGenerators
{
    public static readonly string[] Fields = ["mode", "powerPercent", "extendSeconds", "preset", "protocol", "probes", "name", "steps", "duration", "label", "organ", "probesInUse", "sensors", "channel", "role", "limitCelsius", "action", "linkedProbes", "extra"];

    public static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.OneOf("null", "true", "false", "0", "-1", "1e308", "-1e309", "1e-400", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "NaN", "9223372036854775808", "\"Freeze\"", "\"Off\"", "\"Sideways\"", "\"00:00:00\"", "\"-00:01:00\"", "\"99999999.00:00:00\"", "\"\"", "\"\\u0000\"", "\"🧊é\""),
        Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "\"" + d.ToString(CultureInfo.InvariantCulture) + "\""),
        Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture)),
        Gen.String[Gen.Char.AlphaNumeric, 0, 30].Select(s => "\"" + s + "\""),
        Gen.Int[1000, 100_000].Select(n => "\"" + new string('x', n) + "\""));

    public static readonly Gen<string> Value = Gen.Recursive<string>((depth, value) => depth >= 3
        ? Scalar
        : Gen.Frequency(
            (6, Scalar),
            (2, value.Array[0, 4].Select(items => "[" + string.Join(',', items) + "]")),
            (2, Gen.Select(Gen.OneOf(Fields), value).Array[0, 4].Select(Object))));

    public static readonly Gen<string> Body = Gen.Frequency(
        (8, Gen.Select(Gen.OneOf(Fields), Value).Array[0, 6].Select(Object)),
        (1, Gen.OneOf("", " ", "{", "}", "[]", "null", "\"text\"", "{\"mode\":}", "{'mode':'Freeze'}", "{\"mode\":\"Freeze\",\"mode\":\"Off\"}")),
        (1, Gen.Int[2000, 5000].Select(n => string.Concat(Enumerable.Repeat("[", n)) + string.Concat(Enumerable.Repeat("]", n)))),
        (1, Gen.Byte.Array[1, 200].Select(bytes => new string([.. bytes.Select(b => (char)b)]))));

    /// <summary>Probe path segments in and out of range (ints only: other segments do not match the route).</summary>
    public static readonly Gen<string> Probe = Gen.OneOf(Gen.Int[-2, 5].Select(i => i.ToString(CultureInfo.InvariantCulture)), Gen.OneOf("2147483647", "-2147483648", "0"));

    private static string Object((string Field, string Value)[] members) =>
        "{" + string.Join(',', members.Select(m => "\"" + m.Field + "\":" + m.Value)) + "}";
}
