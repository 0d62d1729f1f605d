using System.Buffers;
using System.Globalization;
using System.Text;

namespace CryoWeb.Controller.Text;

/// <summary>
/// The one rule for a name or text a user gives (procedure label, organ, sensor name, protocol name...): 1 to
/// <see cref="MaxLength"/> characters, not blank, and no character that cannot be shown or that changes the direction of
/// the text around it. The API, the set-up form and the command layer all check with the same instance, so a name
/// refused at one door is refused at every door; the refusal names the field and says, in the words on the screen,
/// what is wrong ("label: Label or patient reference: at most 80 characters (this one has 20 971 520).").
/// </summary>
/// <param name="Field">The field as the request names it ("label"); a caller may give the full path instead.</param>
/// <param name="Words">The field as the screen names it ("Label or patient reference").</param>
/// <param name="MaxLength">At most this many characters (UTF-16 code units, as stored).</param>
public sealed record ClinicalText(string Field, string Words, int MaxLength)
{
    public static ClinicalText ProcedureLabel { get; } = new("label", "Label or patient reference", 80);

    public static ClinicalText Organ { get; } = new("organ", "Organ", 40);

    public static ClinicalText SensorName { get; } = new("name", "Sensor name", 40);

    public static ClinicalText ProtocolName { get; } = new("name", "Protocol name", 60);

    /// <summary>A preset asked for by name: a name longer than a protocol name's limit cannot be one.</summary>
    public static ClinicalText PresetName { get; } = new("preset", "Preset name", 60);

    /// <summary>
    /// Bidirectional formatting characters: embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069), the
    /// left-to-right and right-to-left marks (U+200E, U+200F) and the Arabic letter mark (U+061C). One of them in a
    /// label drew the elapsed clock beside it reversed ("51:10:0" for 0:01:15).
    /// </summary>
    private static readonly SearchValues<char> DirectionMarks = SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C");

    /// <summary>
    /// Characters that show nothing or break the line: zero-width space (U+200B), word joiner (U+2060), byte-order mark
    /// (U+FEFF), and the line and paragraph separators (U+2028, U+2029). Two patient references that differ only by one
    /// of them look the same on screen. (Zero-width joiners, which some scripts need, stay allowed.)
    /// </summary>
    private static readonly SearchValues<char> InvisibleMarks = SearchValues.Create("\u200B\u2060\uFEFF\u2028\u2029");

    /// <summary>Group digits with a space, as a clinician reads a large count ("20 971 520").</summary>
    private static readonly NumberFormatInfo Count = new() { NumberGroupSeparator = " ", NumberGroupSizes = [3] };

    /// <summary>
    /// Null when <paramref name="text"/> is an acceptable value, else "field: Words: what is wrong." with the field
    /// as <paramref name="field"/> (a path such as "sensors[2].name") or, when none is given, <see cref="Field"/>.
    /// </summary>
    public string? Problem(string? text, string? field = null)
    {
        string at = $"{field ?? Field}: {Words}";
        if (string.IsNullOrWhiteSpace(text))
        {
            return $"{at}: required, 1 to {MaxLength} characters.";
        }

        if (text.Length > MaxLength)
        {
            return $"{at}: at most {MaxLength} characters (this one has {text.Length.ToString("#,0", Count)}).";
        }

        return FirstUnshowable(text) is (int position, string what, int code)
            ? $"{at}: character {position} is {what} (U+{code:X4}); remove it."
            : null;
    }

    /// <summary>
    /// <paramref name="text"/> made safe to keep in a record line (the audit trail): every character a name may not hold
    /// becomes '?', and beyond <paramref name="maxLength"/> characters it is cut, saying how long it was. A command that is
    /// refused for its input is still audited, so this is the bound on what the refused input can put there.
    /// </summary>
    public static string ForRecord(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var kept = new StringBuilder(Math.Min(text.Length, maxLength));
        int read = 0;
        while (read < text.Length && kept.Length < maxLength)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(read), out var rune, out int used) != OperationStatus.Done
                || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control || DirectionMarks.Contains(text[read]) || InvisibleMarks.Contains(text[read]))
            {
                kept.Append('?');
                read += used;
                continue;
            }

            if (kept.Length + used > maxLength)
            {
                break;
            }

            kept.Append(text, read, used);
            read += used;
        }

        return read < text.Length ? string.Create(CultureInfo.InvariantCulture, $"{kept}… (cut: {text.Length} characters)") : kept.ToString();
    }

    /// <summary>
    /// The first character (1-based position, what it is, its code) that a name must not hold: a control character
    /// (Unicode category Cc: NUL, BEL, ESC, line breaks...), a bidirectional formatting character, or half of a
    /// surrogate pair without its other half. Null when there is none.
    /// </summary>
    public static (int Position, string What, int Code)? FirstUnshowable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (int i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out int used) != OperationStatus.Done)
            {
                return (i + 1, "half of a character pair without its other half", text[i]);
            }

            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control)
            {
                return (i + 1, "a control character, which cannot be shown", rune.Value);
            }

            if (DirectionMarks.Contains(text[i]))
            {
                return (i + 1, "an invisible text-direction mark, which can make the text beside it read backwards", rune.Value);
            }

            if (InvisibleMarks.Contains(text[i]))
            {
                return (i + 1, "an invisible character or a line break, which makes two names look alike", rune.Value);
            }

            i += used;
        }

        return null;
    }
}
