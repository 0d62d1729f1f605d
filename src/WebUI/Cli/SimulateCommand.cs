using System.Globalization;
using System.Text.Json;
using CryoWeb.Controller.Planning;

namespace CryoWeb.WebUI.Cli;

/// <summary>
/// <c>simulate PLAN.json [--output FILE]</c>: runs a planned protocol on the simulated plant faster than real time and
/// prints, as JSON, the isotherm extents and sensor temperatures at every report time (every minute by default).
/// </summary>
public static class SimulateCommand
{
    public const string Name = "simulate";

    private const string Usage = "usage: simulate PLAN.json [--output RESULT.json]   (the README describes the plan format)";

    /// <summary>Runs the command; returns the process exit code (0 ok, 2 bad input).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? planPath = null;
        string? outputPath = null;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] is "--output" or "-o" && i + 1 < args.Count)
            {
                outputPath = args[++i];
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

        var result = PlanRunner.Run(plan);
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
}
