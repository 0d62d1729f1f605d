using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Wiring;
using CryoWeb.WebUI.Cli.Operations;
using CryoWeb.WebUI.Hosting;
using Microsoft.Extensions.Options;

namespace CryoWeb.WebUI.Cli;

/// <summary>
/// <c>wiring [--settings FILE] | wiring --alarms</c>: prints, as Markdown, the controller's wiring table worked out from
/// the effective Hardware configuration (validated exactly as the console validates it at start-up), or the alarm
/// reference. docs/operations.md holds both for deploy/cryoweb.json. Exit codes: 0 printed, 1 invalid configuration or
/// simulator mode, 2 bad usage.
/// </summary>
internal static class WiringCommand
{
    public const string Name = "wiring";

    internal const string Usage = """
        usage: wiring [--settings FILE] [--Section:Key VALUE ...]
               wiring --alarms
          Prints the wiring table of the Hardware configuration as the console reads it: appsettings.json beside the
          console, the site settings file (FILE, e.g. deploy/cryoweb.json, else the one CRYOWEB_SETTINGS names, which
          is /etc/cryoweb/cryoweb.json under the cryoweb wrapper), environment variables, then --Section:Key arguments.
          --alarms prints the alarm reference instead.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var parsed = WiringArguments.Parse(args);
        if (parsed.Problem is not null)
        {
            await error.WriteLineAsync($"wiring: {parsed.Problem}{Environment.NewLine}{Usage}").ConfigureAwait(false);
            return 2;
        }

        if (parsed.Help)
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        if (parsed.Alarms)
        {
            await output.WriteAsync(AlarmGuide.ToMarkdown(AlarmCatalog.Default)).ConfigureAwait(false);
            return 0;
        }

        if (parsed.SettingsFile is string file && !File.Exists(file))
        {
            await error.WriteLineAsync($"wiring: --settings: file '{file}' does not exist.").ConfigureAwait(false);
            return 2;
        }

        ConsoleWiring wiring;
        try
        {
            wiring = Read(parsed);
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync("wiring: the Hardware configuration is invalid.").ConfigureAwait(false);
            foreach (string failure in e.Failures)
            {
                await error.WriteLineAsync($"  {failure}").ConfigureAwait(false);
            }

            return 1;
        }
        catch (Exception e) when (e is SiteSettingsException or InvalidDataException or FormatException or InvalidOperationException)
        {
            // A missing CRYOWEB_SETTINGS file, a settings file that is not JSON, or a value the binder cannot convert
            // (the message names the key).
            await error.WriteLineAsync($"wiring: {e.Message}{(e.InnerException is { } inner ? $" {inner.Message}" : string.Empty)}").ConfigureAwait(false);
            return 1;
        }

        if (wiring.NoWiring is string why)
        {
            await error.WriteLineAsync($"wiring: {why} Give the controller's settings, e.g. --settings /etc/cryoweb/cryoweb.json.").ConfigureAwait(false);
            return 1;
        }

        await output.WriteAsync(WiringMarkdown.ToMarkdown(wiring.Rows)).ConfigureAwait(false);
        return 0;
    }

    /// <summary>
    /// The wiring of the Hardware options as the console would bind and validate them (same registration, same
    /// validators: <see cref="WiringTable.Read"/>), from the console's configuration order: appsettings.json beside the
    /// binaries, the site settings file (--settings FILE, else the one <c>CRYOWEB_SETTINGS</c> names), environment
    /// variables, then --Section:Key arguments. FILE replaces the site file rather than going on top of it, so no key
    /// (e.g. a fourth probe) is left over from the file in use.
    /// </summary>
    private static ConsoleWiring Read(WiringArguments parsed)
    {
        var configuration = CliConfiguration.Build(
            parsed.Settings,
            name => name == SiteSettings.Variable && parsed.SettingsFile is string file ? file : Environment.GetEnvironmentVariable(name));
        return WiringTable.Read(configuration);
    }
}
