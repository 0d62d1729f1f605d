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
            : $"userName: '{Shorten(userName)}' is not a valid user name (2 to 32 characters: lowercase letters, digits, '.', '_' or '-').";

    public static string? PasswordProblem(string? password) =>
        password is null || password.Length < MinPasswordLength ? $"password: use at least {MinPasswordLength} characters."
        : password.Length > MaxPasswordLength ? $"password: use at most {MaxPasswordLength} characters."
        : null;

    /// <summary>The role named by <paramref name="text"/> (any case), or null.</summary>
    public static ConsoleRole? ParseRole(string? text) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out ConsoleRole role) && Enum.IsDefined(role) && !int.TryParse(text, out _) ? role : null;

    public static string RoleProblem(string? text) =>
        $"role: '{Shorten(text)}' is not a role (Operator, Supervisor, Reviewer or Admin).";

    /// <summary>The user name as typed at sign-in, in the stored form (trimmed, lowercase).</summary>
    public static string Normalise(string? userName) => (userName ?? string.Empty).Trim().ToLowerInvariant();

    private static string Shorten(string? text) => text is null ? string.Empty : text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex("^[a-z0-9._-]{2,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserNamePattern();
}
