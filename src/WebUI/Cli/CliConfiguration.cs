using CryoWeb.WebUI.Hosting;

namespace CryoWeb.WebUI.Cli;

/// <summary>
/// Configuration for a command-line tool, in the console's own order: appsettings.json beside the binaries, the site
/// settings file (<see cref="SiteSettings"/>), environment variables, then --Section:Key arguments; and the parsing of
/// those arguments.
/// </summary>
internal static class CliConfiguration
{
    /// <summary>The configuration, or null after telling <paramref name="error"/> what cannot be read.</summary>
    public static async Task<IConfiguration?> BuildAsync(string command, IReadOnlyDictionary<string, string?> settings, TextWriter error)
    {
        try
        {
            return Build(settings, Environment.GetEnvironmentVariable);
        }
        catch (Exception e) when (e is SiteSettingsException or InvalidDataException or FormatException)
        {
            await error.WriteLineAsync($"{command}: the configuration cannot be read: {e.Message}").ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>
    /// The configuration in the console's order, with <paramref name="environment"/> standing for the process
    /// environment where the site settings file is looked up (a command may name another file).
    /// </summary>
    /// <exception cref="SiteSettingsException">The site settings file named does not exist.</exception>
    /// <exception cref="InvalidDataException">A settings file is not valid JSON.</exception>
    public static IConfiguration Build(IReadOnlyDictionary<string, string?> settings, Func<string, string?> environment)
    {
        string name = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, $"appsettings.{name}.json"), optional: true);
        SiteSettings.Add(builder, environment);
        return builder.AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
    }

    /// <summary>
    /// When <paramref name="args"/>[<paramref name="index"/>] is a setting (--Storage:DatabasePath X or
    /// --Storage:DatabasePath=X), stores it, advances past its value and returns true; <paramref name="problem"/> names
    /// a setting without a value.
    /// </summary>
    public static bool TryTakeSetting(IReadOnlyList<string> args, ref int index, Dictionary<string, string?> settings, out string? problem)
    {
        problem = null;
        string arg = args[index];
        if (!arg.StartsWith("--", StringComparison.Ordinal) || !arg.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        string[] pair = arg[2..].Split('=', 2);
        string? value = pair.Length == 2 ? pair[1] : index + 1 < args.Count ? args[++index] : null;
        problem = value is null ? $"{arg}: give a value." : null;
        settings[pair[0]] = value;
        return true;
    }
}
