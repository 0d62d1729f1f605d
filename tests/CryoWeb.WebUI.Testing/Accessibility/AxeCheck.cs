using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.Accessibility;

/// <summary>Runs axe-core on a page and turns every violation into one line a developer can act on.</summary>
internal static class AxeCheck
{
    /// <summary>"where: rule (impact) at target — help" for each violating element; empty when the page passes.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string where)
    {
        AxeResult result = await page.RunAxe();
        var lines = new List<string>();
        foreach (var violation in result.Violations)
        {
            foreach (var node in violation.Nodes)
            {
                lines.Add(Line(where, violation, node));
            }
        }

        return lines;
    }

    private static string Line(string where, AxeResultItem violation, AxeResultNode node)
    {
        var text = new StringBuilder();
        text.Append(where).Append(": ").Append(violation.Id).Append(" (").Append(violation.Impact).Append(") at ")
            .Append(node.Target).Append(" — ").Append(violation.Help);
        string html = node.Html ?? "";
        text.Append(" [").Append(html.Length > 160 ? html[..160] + "…" : html).Append(']');
        foreach (var check in (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Take(1))
        {
            text.Append(' ').Append(check.Message);
        }

        return text.ToString();
    }
}
