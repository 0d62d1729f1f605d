using Microsoft.Extensions.Configuration.Json;

namespace CryoWeb.WebUI.Hosting;

/// <summary>
/// The controller's own settings file (pin map, users policy, ports), outside the program folder so that an upgrade
/// replaces the program without touching them: the file named by <c>CRYOWEB_SETTINGS</c> (the systemd unit sets
/// <c>/etc/cryoweb/cryoweb.json</c>). It sits above the appsettings.json shipped beside the binaries and below
/// environment variables and command-line arguments. A named file that is missing is an error, not a silent fallback
/// to the simulator.
/// </summary>
public static class SiteSettings
{
    public const string Variable = "CRYOWEB_SETTINGS";

    /// <summary>Inserts the site file after the last appsettings*.json source, when <c>CRYOWEB_SETTINGS</c> is set.</summary>
    /// <exception cref="SiteSettingsException">The variable names a file that does not exist.</exception>
    public static void Add(IConfigurationBuilder configuration, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (environment(Variable) is not { Length: > 0 } named)
        {
            return;
        }

        string path = Path.GetFullPath(named);
        if (!File.Exists(path))
        {
            throw new SiteSettingsException($"{Variable} names the settings file '{path}', which does not exist. Create it (the installer copies deploy/cryoweb.json there) or unset {Variable}.");
        }

        var source = new JsonConfigurationSource { Path = Path.GetFileName(path), Optional = false, ReloadOnChange = false };
        source.FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.GetDirectoryName(path)!);
        int after = LastAppSettingsIndex(configuration.Sources);
        configuration.Sources.Insert(after + 1, source);
    }

    private static int LastAppSettingsIndex(IList<IConfigurationSource> sources)
    {
        int last = -1;
        for (int i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource { Path: { } file } && file.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase))
            {
                last = i;
            }
        }

        return last;
    }
}
