using Microsoft.Playwright;

namespace CryoWeb.WebUI.Tests.Accessibility;

/// <summary>
/// Every visible interactive element of a page measured in the browser: buttons, links, inputs, selects, and a
/// checkbox's hit area (its label when it has one). A gloved finger needs 44 x 44 CSS pixels.
/// </summary>
internal static class TouchTargets
{
    public const double MinimumPixels = 44;

    // The hit area of a checkbox or radio is its label when the label wraps it; links inside running text are not
    // targets of their own here only when the page has none outside text (there are none in the console's pages).
    private const string Measure = """
        (min) => {
            const describe = e => {
                const id = e.getAttribute('data-testid');
                if (id) return `[data-testid='${id}']`;
                const text = (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 40);
                return `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).trim().split(/\s+/).join('.') : ''} "${text}"`;
            };
            const small = [];
            for (const e of document.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea, summary')) {
                const style = getComputedStyle(e);
                if (style.visibility === 'hidden' || style.display === 'none') continue;
                let box = e.getBoundingClientRect();
                if (box.width === 0 && box.height === 0) continue;
                if ((e.type === 'checkbox' || e.type === 'radio') && e.closest('label')) box = e.closest('label').getBoundingClientRect();
                if (box.width < min - 0.5 || box.height < min - 0.5) small.push(`${describe(e)} is ${Math.round(box.width)}x${Math.round(box.height)} px`);
            }
            return small;
        }
        """;

    /// <summary>"where: element is W x H px" for each element smaller than 44 px either way.</summary>
    public static async Task<IReadOnlyList<string>> TooSmallAsync(IPage page, string where)
    {
        string[] small = await page.EvaluateAsync<string[]>(Measure, MinimumPixels);
        return [.. small.Select(s => $"{where}: {s}")];
    }
}
