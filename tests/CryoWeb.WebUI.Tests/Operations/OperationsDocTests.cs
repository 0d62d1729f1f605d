using CryoWeb.WebUI.Cli;

namespace CryoWeb.WebUI.Tests.Operations;

/// <summary>docs/operations.md carries the wiring table of deploy/cryoweb.json and the alarm reference exactly as the
/// <c>wiring</c> command prints them.</summary>
public sealed class OperationsDocTests
{
    private const string Regenerate =
        "docs/operations.md is out of date: run `dotnet run --project src/WebUI -- wiring --settings deploy/cryoweb.json` " +
        "and `dotnet run --project src/WebUI -- wiring --alarms` and paste each output between its marker comments";

    private static string Doc => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "operations.md")).ReplaceLineEndings("\n");

    private static async Task<string> PrintAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await WiringCommand.RunAsync(args, output, error);
        Assert.True(code == 0, $"wiring {string.Join(' ', args)} failed ({code}): {error}");
        return output.ToString();
    }

    /// <summary>The text between the two marker lines, without the lines themselves.</summary>
    private static string Section(string doc, string name)
    {
        string begin = $"<!-- {name}:begin -->\n";
        string end = $"<!-- {name}:end -->";
        int start = doc.IndexOf(begin, StringComparison.Ordinal);
        int stop = doc.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"docs/operations.md: no '{begin.TrimEnd()}' ... '{end}' section.");
        return doc[(start + begin.Length)..stop];
    }

    [Fact]
    public async Task The_wiring_table_is_the_one_the_command_prints_for_deploy_cryoweb_json()
    {
        string expected = await PrintAsync("--settings", Path.Combine(RepositoryRoot.Path, "deploy", "cryoweb.json"));

        Assert.True(Section(Doc, "wiring") == expected, $"{Regenerate} (wiring).");
    }

    [Fact]
    public async Task The_alarm_table_is_the_one_the_command_prints()
    {
        string expected = await PrintAsync("--alarms");

        Assert.True(Section(Doc, "alarms") == expected, $"{Regenerate} (alarms).");
    }
}
