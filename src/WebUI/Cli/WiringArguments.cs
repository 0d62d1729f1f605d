namespace CryoWeb.WebUI.Cli;

/// <summary>The parsed command line of <see cref="WiringCommand"/>; <see cref="Problem"/> names what was wrong.</summary>
internal sealed record WiringArguments(bool Help, bool Alarms, string? SettingsFile, IReadOnlyDictionary<string, string?> Settings, string? Problem)
{
    public static WiringArguments Parse(IReadOnlyList<string> args)
    {
        bool help = false;
        bool alarms = false;
        string? file = null;
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        string? problem = null;
        for (int i = 0; i < args.Count && problem is null; i++)
        {
            string arg = args[i];
            if (arg is "--help" or "-h")
            {
                help = true;
            }
            else if (arg == "--alarms")
            {
                alarms = true;
            }
            else if (arg == "--settings")
            {
                file = i + 1 < args.Count ? args[++i] : null;
                problem = file is null ? "--settings: give the JSON file, e.g. --settings deploy/cryoweb.json." : null;
            }
            else if (CliConfiguration.TryTakeSetting(args, ref i, settings, out string? settingProblem))
            {
                // Configuration, as the console takes it: --Hardware:HeartbeatPin 16 or --Hardware:HeartbeatPin=16.
                problem = settingProblem;
            }
            else
            {
                problem = $"unexpected argument '{arg}'.";
            }
        }

        if (problem is null && alarms && (file is not null || settings.Count > 0))
        {
            problem = "--alarms prints the alarm reference, which does not depend on settings; give it alone.";
        }

        return new WiringArguments(help, alarms, file, settings, problem);
    }
}
