using CryoWeb.Controller.Plant;
using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Https;
using Microsoft.Extensions.Options;

namespace CryoWeb.WebUI.Hosting;

/// <summary>
/// Runs the console until it is stopped, and turns the reasons it cannot start into a message on stderr and an exit
/// code (systemd's unit and the installer read them): 3 for the configuration or the database, 4 for the plant.
/// </summary>
public static class ConsoleStart
{
    /// <summary>The configuration (a setting, the site settings file, the certificate) or the database cannot be used.</summary>
    public const int ConfigurationExitCode = 3;

    /// <summary>The plant's devices could not be started.</summary>
    public const int PlantExitCode = 4;

    public static async Task<int> RunAsync(string[] args, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            await using var app = ConsoleHost.Build(args);
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (InvalidSettings(e) is { Count: > 0 } failures)
        {
            // Every key that is wrong, in every section, at once: one round trip to fix the settings file.
            await error.WriteLineAsync("CryoWeb cannot start: the configuration is invalid.").ConfigureAwait(false);
            foreach (string failure in failures)
            {
                await error.WriteLineAsync($"  {failure}").ConfigureAwait(false);
            }

            return ConfigurationExitCode;
        }
        catch (Exception e) when (e is SiteSettingsException or InvalidDataException or ServerCertificateException or StorageStartupException)
        {
            // A missing site settings file, or one that is not valid JSON (the message names the file and the line);
            // a certificate that cannot be used; a recording database that cannot be used (missing, empty, unreadable,
            // wrong or unreadable key, in use): nothing was started, the plant was not built.
            await error.WriteLineAsync($"CryoWeb cannot start: {e.Message}").ConfigureAwait(false);
            return ConfigurationExitCode;
        }
        catch (PlantStartupException e)
        {
            await error.WriteLineAsync($"CryoWeb cannot start: {e.Message}").ConfigureAwait(false);
            return PlantExitCode;
        }
    }

    /// <summary>
    /// The failures of an invalid configuration: start-up validation throws one <see cref="OptionsValidationException"/>
    /// per section, gathered in an <see cref="AggregateException"/> when several sections are wrong.
    /// </summary>
    internal static List<string> InvalidSettings(Exception exception) => exception switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException many when many.InnerExceptions.All(e => e is OptionsValidationException) =>
            [.. many.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures)],
        _ => [],
    };
}
