using System.Globalization;
using System.Text.RegularExpressions;
using CryoWeb.Controller.Commands;

namespace CryoWeb.WebUI.Accounts;

/// <summary>What a user name, a password and a role must look like; each check names the field it refuses.</summary>
public static partial class UserRules
{
    public const int MinPasswordLength = 10;

    /// <summary>Longer inputs are refused before hashing, so nobody can make the server hash megabytes.</summary>
    public const int MaxPasswordLength = 256;

    public static string? UserNameProblem(string? userName) =>
        userName is not null && UserNamePattern().IsMatch(userName)
            ? null
            : $"userName: '{ForAudit(userName)}' is not a valid user name (2 to 32 characters: lowercase letters, digits, '.', '_' or '-').";

    /// <summary>At least <see cref="MinPasswordLength"/> characters, not all blank, not one character repeated.</summary>
    public static string? PasswordProblem(string? password) =>
        password is null || password.Length < MinPasswordLength ? $"password: use at least {MinPasswordLength} characters."
        : password.Length > MaxPasswordLength ? $"password: use at most {MaxPasswordLength} characters."
        : string.IsNullOrWhiteSpace(password) ? "password: a password of blanks only is too easy to guess."
        : password.All(c => c == password[0]) ? "password: one character repeated is too easy to guess."
        : null;

    /// <summary>
    /// Text typed by a caller as it may go into the audit log and onto screens: at most 40 characters, control, format
    /// (bidi overrides such as U+202E) and separator characters shown as '?'.
    /// </summary>
    public static string ForAudit(string? text) =>
        new([.. Shorten(text).Select(c => char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate ? '?' : c)]);

    /// <summary>The role named by <paramref name="text"/> (any case), or null.</summary>
    public static ConsoleRole? ParseRole(string? text) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out ConsoleRole role) && Enum.IsDefined(role) && !int.TryParse(text, out _) ? role : null;

    public static string RoleProblem(string? text) =>
        $"role: '{ForAudit(text)}' is not a role (Operator, Supervisor, Reviewer or Admin).";

    /// <summary>The user name as typed at sign-in, in the stored form (trimmed, lowercase).</summary>
    public static string Normalise(string? userName) => (userName ?? string.Empty).Trim().ToLowerInvariant();

    private static string Shorten(string? text) => text is null ? string.Empty : text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex("^[a-z0-9._-]{2,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserNamePattern();
}
