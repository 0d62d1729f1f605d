using System.Globalization;
using CryoWeb.Controller.Wiring;

namespace CryoWeb.WebUI.Cli.Operations;

/// <summary>The wiring table (<see cref="WiringTable"/>) as the <c>wiring</c> command prints it: Markdown.</summary>
public static class WiringMarkdown
{
    private const string None = "—";

    /// <summary>The rows as a Markdown table (one line per row, cells with '|' escaped), ending with a newline.</summary>
    public static string ToMarkdown(IEnumerable<WiringRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new MarkdownTable("Function", "Connection", "BCM GPIO", "Header pin", "Active level", "Notes");
        foreach (var row in rows)
        {
            string gpio = row.Gpio?.ToString(CultureInfo.InvariantCulture) ?? None;
            string pin = row.HeaderPin?.ToString(CultureInfo.InvariantCulture) ?? (row.Gpio is null ? None : "not on the header");
            table.Add(row.Function, row.Connection, gpio, pin, row.ActiveLevel, row.Notes);
        }

        return table.ToString();
    }
}
