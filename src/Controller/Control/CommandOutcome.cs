namespace CryoWeb.Controller.Control;

/// <summary>What happened to a command: accepted, or refused with a reason that names what was wrong.</summary>
public sealed record CommandOutcome(bool Accepted, string? Reason)
{
    public static CommandOutcome Ok { get; } = new(true, null);

    public static CommandOutcome Refused(string reason) => new(false, reason);
}
