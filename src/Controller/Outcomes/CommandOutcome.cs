using System.Text.Json.Serialization;

namespace CryoWeb.Controller.Outcomes;

/// <summary>
/// What happened to a command, the one answer every transport maps: <see cref="CommandOutcomeKind.Accepted"/> (perhaps
/// with a note in <see cref="Reason"/>), <see cref="CommandOutcomeKind.Refused"/> by the console's state with the reason
/// in clinical words, or <see cref="CommandOutcomeKind.Invalid"/> input, naming the <see cref="Field"/> that was wrong.
/// A plain serialisable record: it crosses the boundary between the console and the control core.
/// </summary>
public sealed record CommandOutcome
{
    /// <summary>Accepted (with <paramref name="reason"/> as a note) or refused by state with <paramref name="reason"/>.</summary>
    public CommandOutcome(bool accepted, string? reason)
        : this(accepted ? CommandOutcomeKind.Accepted : CommandOutcomeKind.Refused, reason, null)
    {
    }

    [JsonConstructor]
    public CommandOutcome(CommandOutcomeKind kind, string? reason, string? field)
    {
        if (kind is CommandOutcomeKind.Invalid && string.IsNullOrWhiteSpace(field))
        {
            throw new ArgumentException("An invalid command names the field that was wrong.", nameof(field));
        }

        (Kind, Reason, Field) = (kind, reason, kind is CommandOutcomeKind.Invalid ? field : null);
    }

    public static CommandOutcome Ok { get; } = new(CommandOutcomeKind.Accepted, null, null);

    public CommandOutcomeKind Kind { get; }

    /// <summary>True only for <see cref="CommandOutcomeKind.Accepted"/>.</summary>
    public bool Accepted => Kind is CommandOutcomeKind.Accepted;

    /// <summary>Why it was refused or invalid ("field: what is wrong" for invalid input); a note when accepted; else null.</summary>
    public string? Reason { get; }

    /// <summary>The request field that was wrong ("probe", "id", "sensors[0].limitCelsius"); null unless invalid.</summary>
    public string? Field { get; }

    /// <summary>Refused by the console's state (emergency stop, gas running, role, session ...), with the reason.</summary>
    public static CommandOutcome Refused(string reason) => new(CommandOutcomeKind.Refused, reason, null);

    /// <summary>Bad input: <paramref name="field"/> is what was wrong, <paramref name="reason"/> the whole sentence.</summary>
    public static CommandOutcome Invalid(string field, string reason) => new(CommandOutcomeKind.Invalid, reason, field);

    /// <summary>Bad input from a reason worded "field: what is wrong" (as the domain checks word them); "body" when it names none.</summary>
    public static CommandOutcome Invalid(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        int colon = reason.IndexOf(':', StringComparison.Ordinal);
        return Invalid(colon > 0 ? reason[..colon] : "body", reason);
    }
}
