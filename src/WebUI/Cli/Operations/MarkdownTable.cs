using System.Text;

namespace CryoWeb.WebUI.Cli.Operations;

/// <summary>A GitHub-flavoured Markdown table built row by row; '|' in a cell is escaped and line breaks become spaces.</summary>
public sealed class MarkdownTable
{
    private readonly StringBuilder _text = new();
    private readonly int _columns;

    public MarkdownTable(params string[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        _columns = headers.Length;
        Line(headers);
        Line(Enumerable.Repeat("---", _columns).ToArray());
    }

    /// <summary>Adds a row with one cell per header.</summary>
    public void Add(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _columns)
        {
            throw new ArgumentException($"cells: {cells.Length} given, the table has {_columns} columns.", nameof(cells));
        }

        Line(cells.Select(Escape).ToArray());
    }

    public override string ToString() => _text.ToString();

    private static string Escape(string cell) =>
        cell.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Replace("|", "\\|", StringComparison.Ordinal);

    private void Line(string[] cells) => _text.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
}
