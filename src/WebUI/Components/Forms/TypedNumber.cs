using System.Globalization;
using System.Text.RegularExpressions;

namespace CryoWeb.WebUI.Components.Forms;

/// <summary>
/// A number as a clinician types it on the console (set-up, plan): "37,5" and "37.5" are the same, a leading minus may be
/// "-" or the "−" the tiles show. Thousands separators ("1.234,5"), exponents, "NaN" and anything longer than
/// <see cref="MaxLength"/> characters are not numbers here: a typo is refused, never guessed.
/// </summary>
public static partial class TypedNumber
{
    /// <summary>Longest text read: enough for "-1234567.123456", far too short for a pasted page.</summary>
    public const int MaxLength = 16;

    /// <summary>The number in <paramref name="text"/>, or null when it is not one.</summary>
    public static double? Parse(string? text)
    {
        if (text is null || text.Length > MaxLength * 2)
        {
            return null;
        }

        string trimmed = text.Trim().Replace('\u2212', '-');
        if (trimmed.Length is 0 or > MaxLength || !Shape().IsMatch(trimmed))
        {
            return null;
        }

        return double.TryParse(trimmed.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : null;
    }

    /// <summary>For an input: invariant digits with up to <paramref name="decimals"/> decimals ("2.5").</summary>
    public static string Format(double value, int decimals = 2) =>
        Math.Round(value, decimals).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);

    // A sign, digits, and at most one decimal separator with a digit on at least one side.
    [GeneratedRegex(@"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Shape();
}
