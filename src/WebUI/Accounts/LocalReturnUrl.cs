using System.Text;

namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// Where to go after sign-in: only a path on this server, never another site ("//evil", "http://...", "/\\evil"), and
/// always plain ASCII: other characters are percent-encoded (a Location header with "é" made Kestrel answer 500), a
/// control character sends the user home.
/// </summary>
public static class LocalReturnUrl
{
    public const int MaxLength = 2048;

    public static string Of(string? returnUrl) =>
        returnUrl is { Length: > 0 and <= MaxLength } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            && !url.Contains("://", StringComparison.Ordinal) && !url.Any(char.IsControl)
            ? Ascii(url)
            : "/";

    private static string Ascii(string url)
    {
        if (url.All(c => char.IsAscii(c) && c != ' '))
        {
            return url;
        }

        var text = new StringBuilder(url.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii && rune.Value != ' ')
            {
                text.Append((char)rune.Value);
                continue;
            }

            int length = rune.EncodeToUtf8(bytes);
            foreach (byte b in bytes[..length])
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}
