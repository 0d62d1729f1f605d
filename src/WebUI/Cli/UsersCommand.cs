using CryoWeb.Controller.Outcomes;
using CryoWeb.Controller.Commands;
using CryoWeb.WebUI.Accounts;

namespace CryoWeb.WebUI.Cli;

/// <summary>
/// <c>users add|list|disable|enable|reset|role</c>: manages console users from the shell, with or without the console
/// running elsewhere (it opens the database itself, so it refuses while a running console holds it). Passwords come
/// from standard input only. Actions are audited as user "cli". Exit codes: 0 done, 1 refused, 2 bad usage.
/// </summary>
internal static class UsersCommand
{
    public const string Name = "users";

    internal const string Usage = """
        usage: users add NAME --role ROLE --password-stdin
               users list
               users disable NAME | users enable NAME
               users reset NAME --password-stdin
               users role NAME --role ROLE
          ROLE: Operator, Supervisor, Reviewer or Admin. Database: --Storage:DatabasePath PATH [--Storage:Password X]
        """;

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var parsed = UsersArguments.Parse(args);
        if (parsed is null || parsed.Problem is not null)
        {
            await error.WriteLineAsync($"users: {parsed?.Problem ?? "no action given."}{Environment.NewLine}{Usage}").ConfigureAwait(false);
            return 2;
        }

        if (parsed.Action == "help")
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        string? password = null;
        if (parsed.PasswordFromStdin)
        {
            password = (await input.ReadLineAsync().ConfigureAwait(false))?.TrimEnd('\r');
            if (UserRules.PasswordProblem(password) is string problem)
            {
                await error.WriteLineAsync($"users: {problem} (read from standard input)").ConfigureAwait(false);
                return 2;
            }
        }

        await using var session = await CliStore.OpenAsync(Name, parsed.Settings, error).ConfigureAwait(false);
        if (session is null)
        {
            return 1;
        }

        return await RunAction(parsed, password, session.Directory, output, error).ConfigureAwait(false);
    }

    private static async Task<int> RunAction(UsersArguments parsed, string? password, UserDirectory directory, TextWriter output, TextWriter error)
    {
        var caller = new Caller("cli", ConsoleRole.Admin, "local shell");
        CommandOutcome outcome;
        switch (parsed.Action)
        {
            case "list":
                foreach (var user in await directory.ListAsync().ConfigureAwait(false))
                {
                    string state = (user.Enabled ? "enabled" : "disabled") + (user.Locked ? $", locked until {user.LockedUntil:u}" : string.Empty);
                    await output.WriteLineAsync($"{user.UserName,-32} {user.Role,-10} {state}").ConfigureAwait(false);
                }

                return 0;
            case "add":
                outcome = await directory.AddAsync(caller, parsed.UserName, parsed.Role, password).ConfigureAwait(false);
                break;
            case "disable":
            case "enable":
                outcome = await directory.SetEnabledAsync(caller, parsed.UserName, parsed.Action == "enable").ConfigureAwait(false);
                break;
            case "reset":
                outcome = await directory.ResetPasswordAsync(caller, parsed.UserName, password).ConfigureAwait(false);
                break;
            default:
                outcome = await directory.ChangeRoleAsync(caller, parsed.UserName, parsed.Role).ConfigureAwait(false);
                break;
        }

        if (!outcome.Accepted)
        {
            await error.WriteLineAsync($"users {parsed.Action}: refused: {outcome.Reason}").ConfigureAwait(false);
            return 1;
        }

        await output.WriteLineAsync($"users {parsed.Action} {parsed.UserName}: done.").ConfigureAwait(false);
        return 0;
    }
}
