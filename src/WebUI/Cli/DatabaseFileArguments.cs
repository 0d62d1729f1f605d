namespace CryoWeb.WebUI.Cli;

/// <summary>The parsed command line of <c>backup FILE</c> and <c>restore FILE</c>; <see cref="Problem"/> names what was wrong.</summary>
internal sealed record DatabaseFileArguments(string? File, bool Help, IReadOnlyDictionary<string, string?> Settings, string? Problem)
{
    /// <summary>
    /// Answers --help (exit 0) or a usage problem (exit 2) on behalf of the command; null when the command should run.
    /// </summary>
    public async Task<int?> AnswerUsageAsync(string command, string usage, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (Help)
        {
            await output.WriteLineAsync(usage).ConfigureAwait(false);
            return 0;
        }

        if (Problem is not null || File is null)
        {
            await error.WriteLineAsync($"{command}: {Problem}{Environment.NewLine}{usage}").ConfigureAwait(false);
            return 2;
        }

        return null;
    }

    public static DatabaseFileArguments Parse(string command, IReadOnlyList<string> args)
    {
        string? file = null;
        bool help = false;
        string? problem = null;
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < args.Count && problem is null; i++)
        {
            string arg = args[i];
            if (arg is "--help" or "-h")
            {
                help = true;
            }
            else if (CliConfiguration.TryTakeSetting(args, ref i, settings, out string? settingProblem))
            {
                problem = settingProblem;
            }
            else if (!arg.StartsWith('-') && file is null)
            {
                file = arg;
            }
            else
            {
                problem = $"unexpected argument '{arg}'.";
            }
        }

        if (problem is null && file is null && !help)
        {
            problem = $"{command}: give the backup FILE.";
        }

        return new DatabaseFileArguments(file, help, settings, problem);
    }
}
