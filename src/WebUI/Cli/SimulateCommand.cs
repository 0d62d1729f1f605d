using System.Globalization;
using System.Text.Json;
using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Planning;
using CryoWeb.WebUI.Hosting;
using Microsoft.Extensions.Options;

namespace CryoWeb.WebUI.Cli;

/// <summary>
/// <c>simulate PLAN.json [--output FILE] [--settings FILE] [--Controller:Key VALUE]</c>: runs a planned protocol on the
/// simulated plant faster than real time and prints, as JSON, the isotherm extents and sensor temperatures at every
/// report time (every minute by default). The probes are driven as the console drives them, with the console's
/// "Controller" settings (duty window, stick power), read in the console's order: appsettings.json beside the
/// binaries, the site settings file (--settings FILE, else the one CRYOWEB_SETTINGS names), environment variables,
/// then --Controller:Key arguments; a setting the console would refuse is refused here too, named.
/// </summary>
public static class SimulateCommand
{
    public const string Name = "simulate";

    private const string Usage = "usage: simulate PLAN.json [--output RESULT.json] [--settings SITE.json] [--Controller:Key VALUE]   (the README describes the plan format)";

    /// <summary>Runs the command; returns the process exit code (0 ok, 2 bad input).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? planPath = null;
        string? outputPath = null;
        string? settingsFile = null;
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] is "--output" or "-o" && i + 1 < args.Count)
            {
                outputPath = args[++i];
            }
            else if (args[i] == "--settings" && i + 1 < args.Count)
            {
                settingsFile = args[++i];
            }
            else if (CliConfiguration.TryTakeSetting(args, ref i, settings, out string? settingProblem))
            {
                if (settingProblem is not null)
                {
                    await error.WriteLineAsync($"simulate: {settingProblem} {Usage}");
                    return 2;
                }
            }
            else if (args[i] is "--help" or "-h")
            {
                await error.WriteLineAsync(Usage);
                return 0;
            }
            else if (planPath is null && !args[i].StartsWith('-'))
            {
                planPath = args[i];
            }
            else
            {
                await error.WriteLineAsync($"simulate: unexpected argument '{args[i]}'. {Usage}");
                return 2;
            }
        }

        if (planPath is null)
        {
            await error.WriteLineAsync($"simulate: no plan file given. {Usage}");
            return 2;
        }

        PlanFile plan;
        try
        {
            plan = PlanJson.Parse(await File.ReadAllTextAsync(planPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"simulate: cannot read plan file '{planPath}': {e.Message}");
            return 2;
        }
        catch (PlanException e)
        {
            await error.WriteLineAsync($"simulate: {planPath}: {e.Message}");
            return 2;
        }

        if (await ControllerOptionsAsync(settingsFile, settings, error) is not { } options)
        {
            return 2;
        }

        var result = PlanRunner.Run(plan, options: options);
        string json = JsonSerializer.Serialize(new { grid = result.Grid, reports = result.Reports }, PlanJson.Options);
        if (outputPath is null)
        {
            await output.WriteLineAsync(json);
        }
        else
        {
            try
            {
                await File.WriteAllTextAsync(outputPath, json + Environment.NewLine);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"simulate: cannot write result file '{outputPath}': {e.Message}");
                return 2;
            }
        }

        await error.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"simulate: {result.SimulatedSeconds / 60:0.#} min simulated in {result.WallSeconds:0.0} s ({result.RealTimeFactor:0}x real time) on {result.Grid}."));
        return 0;
    }

    /// <summary>The console's "Controller" settings, or null after naming what is wrong on <paramref name="error"/>.</summary>
    private static async Task<ControllerOptions?> ControllerOptionsAsync(string? settingsFile, Dictionary<string, string?> settings, TextWriter error)
    {
        try
        {
            var configuration = CliConfiguration.Build(
                settings,
                name => name == SiteSettings.Variable && settingsFile is not null ? settingsFile : Environment.GetEnvironmentVariable(name));
            return ControllerSettings.Read(configuration);
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync($"simulate: the Controller settings are invalid: {string.Join(" ", e.Failures)}");
            return null;
        }
        catch (Exception e) when (e is SiteSettingsException or InvalidDataException or FormatException or InvalidOperationException)
        {
            await error.WriteLineAsync($"simulate: {e.Message}{(e.InnerException is { } inner ? $" {inner.Message}" : string.Empty)}");
            return null;
        }
    }
}
