using System.Net;
using System.Text.RegularExpressions;

namespace CryoWeb.WebUI.Tests.Accounts;

/// <summary>Posts a server-rendered form as a browser does: fetches the page for its antiforgery token, then posts.</summary>
internal static partial class BrowserForm
{
    /// <param name="page">The page holding the form (with its query string); the form posts back to it unless <paramref name="action"/> says otherwise.</param>
    /// <param name="handler">The Blazor form name (_handler), or null for a plain endpoint.</param>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string? handler, Dictionary<string, string> fields, string? action = null)
    {
        using var form = await client.GetAsync(page);
        string html = await form.Content.ReadAsStringAsync();
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);
        if (handler is not null)
        {
            fields["_handler"] = handler;
        }

        using var body = new FormUrlEncodedContent(fields);
        return await client.PostAsync(action ?? page, body);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
