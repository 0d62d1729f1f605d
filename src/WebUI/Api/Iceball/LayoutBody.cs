using System.Text.Json;
using CryoWeb.Controller.Iceball;

namespace CryoWeb.WebUI.Api.Iceball;

/// <summary>
/// Reads a layout body like <see cref="JsonBody{T}"/> does, and also refuses a missing coordinate: every position
/// must be given (a missing "tipXMm" read as 0 would silently move a probe to the target centre). Only the probe's
/// active length and diameter have defaults.
/// </summary>
public static partial class LayoutBody
{
    private static readonly JsonSerializerOptions Options = new(ApiJson.Options) { RespectRequiredConstructorParameters = true };

    public static async Task<(IceballLayout? Layout, IResult? Problem)> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength == 0)
        {
            return (null, ApiResults.Invalid("body", "body: a JSON body is required."));
        }

        try
        {
            var layout = await JsonSerializer.DeserializeAsync<IceballLayout>(request.Body, Options, request.HttpContext.RequestAborted).ConfigureAwait(false);
            return layout is null ? (null, ApiResults.Invalid("body", "body: a JSON body is required.")) : (layout, null);
        }
        catch (JsonException e) when (MissingRequired().Match(e.Message) is { Success: true } missing)
        {
            string at = e.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] + "." : string.Empty;
            string field = at + missing.Groups[1].Value;
            return (null, ApiResults.Invalid(field, $"{field}: missing; every position must be given (mm from the target centre)."));
        }
        catch (JsonException e)
        {
            var (field, message) = JsonBodyError.Describe(e, typeof(IceballLayout));
            return (null, ApiResults.Invalid(field, message));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("missing required properties including: '([^']+)'")]
    private static partial System.Text.RegularExpressions.Regex MissingRequired();
}
