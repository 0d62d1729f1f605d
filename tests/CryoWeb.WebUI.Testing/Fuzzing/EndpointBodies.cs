using CsCheck;

namespace CryoWeb.WebUI.Tests.Fuzzing;

/// <summary>
/// Bodies shaped like each endpoint's request, with each field present or missing and its value either plausible
/// (a real mode name, a number near the range) or random, plus a stray field now and then: these get past the JSON
/// reader and exercise the endpoints' own range checks and the console's refusals.
/// </summary>
internal static class EndpointBodies
{
    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.Int[-20, 2000].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.OneOf("9.5", "10", "100", "100.0001", "1800", "1801", "-0", "1e308", "\"NaN\""),
        JsonGenerators.Scalar);

    private static readonly Gen<string> ModeName = Gen.OneOf(Gen.OneOf("\"Off\"", "\"Freeze\"", "\"Stick\"", "\"PassiveThaw\"", "\"ActiveThaw\"", "\"freeze\"", "\"6\"", "6", "-1"), JsonGenerators.Scalar);

    private static readonly Gen<string> Step = Object(
        ("mode", ModeName),
        ("duration", Gen.OneOf(Gen.OneOf("\"00:05:00\"", "\"02:00:00\"", "\"02:00:01\"", "\"00:00:00\"", "\"-00:01:00\"", "\"NaN\"", "\"10675199.02:48:05.4775807\""), JsonGenerators.Scalar)),
        ("powerPercent", Number));

    private static readonly Gen<string> Sensor = Object(
        ("channel", Gen.OneOf(Gen.Int[-1, 6].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), JsonGenerators.Scalar)),
        ("name", JsonGenerators.Scalar),
        ("role", Gen.OneOf(Gen.OneOf("\"None\"", "\"Margin\"", "\"CriticalStructure\"", "\"Critical\""), JsonGenerators.Scalar)),
        ("limitCelsius", Number),
        ("action", Gen.OneOf(Gen.OneOf("\"AlarmOnly\"", "\"Reduce\"", "\"Stop\"", "\"Explode\""), JsonGenerators.Scalar)),
        ("linkedProbes", Ints()));

    public static readonly Gen<string> Mode = Object(("mode", ModeName), ("powerPercent", Number));

    public static readonly Gen<string> Extend = Object(("extendSeconds", Number));

    public static readonly Gen<string> Start = Object(
        ("preset", Gen.OneOf(Gen.OneOf("\"Double freeze 10-8-10\"", "\"Quadruple freeze\"", "\"\""), JsonGenerators.Scalar)),
        ("protocol", Object(("name", JsonGenerators.Scalar), ("steps", Step.Array[0, 3].Select(List)))),
        ("probes", Ints()));

    public static readonly Gen<string> Procedure = Object(
        ("label", JsonGenerators.Scalar),
        ("organ", JsonGenerators.Scalar),
        ("probesInUse", Ints()),
        ("sensors", Sensor.Array[0, 3].Select(List)));

    private static Gen<string> Ints() => Gen.OneOf(Gen.Int[-1, 4].Array[0, 4].Select(items => "[" + string.Join(',', items) + "]"), JsonGenerators.Value);

    /// <summary>Each field kept with probability 0.8, and a stray field one time in ten.</summary>
    private static Gen<string> Object(params (string Field, Gen<string> Value)[] fields) =>
        Gen.Select(
            fields.Aggregate(Gen.Const(Array.Empty<string>()), (members, f) => Gen.Select(members, Gen.Int[0, 9], f.Value, (list, keep, value) => keep < 8 ? [.. list, $"\"{f.Field}\":{value}"] : list)),
            Gen.Int[0, 9],
            JsonGenerators.Value,
            (members, stray, value) => "{" + string.Join(',', stray == 0 ? members.Append($"\"stray\":{value}") : members) + "}");

    private static string List(string[] items) => "[" + string.Join(',', items) + "]";
}
