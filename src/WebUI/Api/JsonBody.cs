using System.Reflection;
using System.Text.Json;

namespace CryoWeb.WebUI.Api;

/// <summary>
/// A command body read with <see cref="ApiJson.Options"/>. Binding never fails the request by itself: a missing or
/// malformed body becomes a <see cref="Problem"/> naming the field, which <see cref="CommandRequestFilter"/> answers
/// before the endpoint runs (so nothing changes).
/// </summary>
public sealed class JsonBody<T> : IJsonBody, IBindableFromHttpContext<JsonBody<T>>
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
            var (field, message) = JsonBodyError.Describe(e, typeof(T));
            return new JsonBody<T>(null, ApiResults.Invalid(field, message));
        }
    }

#pragma warning restore CA1000

    private static JsonBody<T> Missing() => new(null, ApiResults.Invalid("body", "body: a JSON body is required."));
}
