using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CryoWeb.WebUI.Api;

/// <summary>
/// A command body read with <see cref="ApiJson.Options"/>. Binding never fails the request by itself: a missing or
/// malformed body becomes a <see cref="Problem"/> naming the field, which <see cref="CommandRequestFilter"/> answers
/// before the endpoint runs (so nothing changes).
/// </summary>
public sealed partial class JsonBody<T> : IJsonBody, IBindableFromHttpContext<JsonBody<T>>
    where T : class
{
    private readonly T? _value;

    private JsonBody(T? value, IResult? problem) => (_value, Problem) = (value, problem);

    public IResult? Problem { get; }

    /// <summary>The body; only read by endpoints, which run after the filter refused any problem.</summary>
    public T Value => _value ?? throw new InvalidOperationException("The body had a problem; the command filter should have answered it.");

#pragma warning disable CA1000 // The binding contract (IBindableFromHttpContext) is a static member of this generic type.
    public static async ValueTask<JsonBody<T>?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.ContentLength == 0)
        {
            return Missing();
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, ApiJson.Options, context.RequestAborted).ConfigureAwait(false);
            return value is null ? Missing() : new JsonBody<T>(value, null);
        }
        catch (JsonException e)
        {
            string field = FieldOf(e);
            return new JsonBody<T>(null, ApiResults.Invalid(field, $"{field}: {Describe(e)}"));
        }
    }

#pragma warning restore CA1000

    private static JsonBody<T> Missing() => new(null, ApiResults.Invalid("body", "body: a JSON body is required."));

    /// <summary>"$.sensors[0].role" -> "sensors[0].role"; the whole body -> "body"; an unknown member -> its name.</summary>
    private static string FieldOf(JsonException e)
    {
        string path = e.Path is { Length: > 1 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : string.Empty;
        if (UnknownMember().Match(e.Message) is { Success: true } unknown)
        {
            return path.Length == 0 ? unknown.Groups[1].Value : $"{path}.{unknown.Groups[1].Value}";
        }

        return path.Length == 0 ? "body" : path;
    }

    /// <summary>Why the value was refused, in words: the allowed names of an enum, else the serializer's reason.</summary>
    private static string Describe(JsonException e)
    {
        if (UnknownMember().IsMatch(e.Message))
        {
            return "is not a field of this request.";
        }

        if (ConvertedTo().Match(e.Message) is { Success: true } target && EnumNamed(target.Groups[1].Value.TrimEnd('.')) is Type enumType)
        {
            return $"not one of {string.Join(", ", Enum.GetNames(enumType))}.";
        }

        if (ConvertedTo().IsMatch(e.Message))
        {
            return "has the wrong kind of value.";
        }

        int at = e.Message.IndexOf(" Path:", StringComparison.Ordinal);
        return at >= 0 ? e.Message[..at] : e.Message;
    }

    private static Type? EnumNamed(string fullName) =>
        AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(fullName, throwOnError: false)).FirstOrDefault(t => t is { IsEnum: true });

    [GeneratedRegex(@"The JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnknownMember();

    [GeneratedRegex(@"could not be converted to (?:System\.Nullable`1\[)?([A-Za-z0-9_.+]+)")]
    private static partial Regex ConvertedTo();
}
