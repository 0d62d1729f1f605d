namespace CryoWeb.Controller.Outcomes;

/// <summary>The three answers to a command (REST maps them to 200, 409 and 400).</summary>
public enum CommandOutcomeKind
{
    /// <summary>Done (or queued behaviour applied in the tick).</summary>
    Accepted,

    /// <summary>Refused by the console's state (emergency stop, gas running, role, session ...); nothing changed.</summary>
    Refused,

    /// <summary>The request itself was wrong; <see cref="CommandOutcome.Field"/> names the field. Nothing changed.</summary>
    Invalid,
}
