using System.Globalization;

namespace CryoWeb.WebUI.Components.Console;

/// <summary>
/// The freeze power field of a probe tile. While the probe freezes it shows the power in force (another tablet's
/// change, a protective limit) unless the operator is editing it: focused, or typed in the last
/// <see cref="EditHolds"/> and not yet used. A value that is not a number from 10 to 100 % is refused here, with the
/// reason, and never reaches a question. A decimal point or a decimal comma is accepted ("37.5", "37,5").
/// </summary>
internal sealed class FreezePowerField
{
    public const int MaxLength = 8;

    public const double MinPercent = 10;

    public const double MaxPercent = 100;

    public static readonly TimeSpan EditHolds = TimeSpan.FromSeconds(30);

    private bool _focused;
    private DateTimeOffset? _typedAt;

    public string Text { get; private set; } = "100";

    /// <summary>The power typed, or null when <see cref="Problem"/> says why it cannot be used.</summary>
    public double? Percent => Parse(Text) is double value && value is >= MinPercent and <= MaxPercent ? value : null;

    /// <summary>Why the text cannot be used as a freeze power, in words; null when it can.</summary>
    public string? Problem => Text.Length > MaxLength || Parse(Text) is not double value
        ? "Freeze power: type a number from 10 to 100, e.g. 75 or 37,5."
        : value is >= MinPercent and <= MaxPercent ? null
        : "Freeze power must be from 10 to 100 %.";

    public bool Editing(DateTimeOffset now) => _focused || (_typedAt is DateTimeOffset typed && now - typed < EditHolds);

    public void Typed(string? text, DateTimeOffset now)
    {
        Text = (text ?? string.Empty).Length > MaxLength ? text![..(MaxLength + 1)] : text ?? string.Empty;
        _typedAt = now;
    }

    public void Focused() => _focused = true;

    public void Blurred() => _focused = false;

    /// <summary>The typed power was used for a question: from now on the field follows the power in force again.</summary>
    public void Used() => _typedAt = null;

    public void ShowInForce(double percent) => Text = percent.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>"37.5" and "37,5" (fr-FR) alike; no signs, exponents or thousands separators.</summary>
    internal static double? Parse(string text)
    {
        string trimmed = text.Trim().Replace(',', '.');
        return trimmed.Length is > 0 and <= MaxLength
            && double.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value)
            && double.IsFinite(value) ? value : null;
    }
}
