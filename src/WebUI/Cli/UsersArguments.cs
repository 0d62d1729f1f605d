namespace CryoWeb.WebUI.Cli;

/// <summary>The parsed command line of <see cref="UsersCommand"/>; <see cref="Problem"/> names what was wrong.</summary>
internal sealed record UsersArguments(string Action, string? UserName, string? Role, bool PasswordFromStdin, IReadOnlyDictionary<string, string?> Settings, string? Problem)
{
    private static readonly string[] Actions = ["add", "list", "disable", "enable", "reset", "role", "help"];

    /// <summary>Null when no action was given.</summary>
    public static UsersArguments? Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return null;
        }

        string action = args[0] is "--help" or "-h" ? "help" : args[0];
        string? name = null;
        string? role = null;
        bool stdin = false;
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        string? problem = Actions.Contains(action) ? null : $"'{action}' is not an action (add, list, disable, enable, reset, role).";
        for (int i = 1; i < args.Count && problem is null; i++)
        {
            string arg = args[i];
            if (arg == "--password-stdin")
            {
                stdin = true;
            }
            else if (arg == "--role")
            {
                role = i + 1 < args.Count ? args[++i] : null;
                problem = role is null ? "--role: give a role (Operator, Supervisor, Reviewer or Admin)." : null;
            }
            else if (CliConfiguration.TryTakeSetting(args, ref i, settings, out string? settingProblem))
            {
                problem = settingProblem;
            }
            else if (!arg.StartsWith('-') && name is null)
            {
                name = arg;
            }
            else
            {
                problem = $"unexpected argument '{arg}'.";
            }
        }

        problem ??= Check(action, name, role, stdin);
        return new UsersArguments(action, name, role, stdin, settings, problem);
    }

    private static string? Check(string action, string? name, string? role, bool stdin) => action switch
    {
        "list" or "help" when name is not null => $"'{action}' takes no user name.",
        "list" or "help" => null,
        _ when name is null => $"{action}: give the user NAME.",
        "add" when role is null => "add: give --role ROLE.",
        "add" or "reset" when !stdin => $"{action}: give --password-stdin and type the password on standard input (never on the command line).",
        "role" when role is null => "role: give --role ROLE.",
        "disable" or "enable" or "reset" when role is not null => $"{action}: --role does not apply.",
        _ when stdin && action is not ("add" or "reset") => $"{action}: --password-stdin does not apply.",
        _ => null,
    };
}
