using CryoWeb.Controller.Alarms;

namespace CryoWeb.Controller.Storage;

/// <summary>One line of the alarm log: which condition about which subject, its priority, what happened, and by whom.</summary>
public sealed record StoredAlarmEvent
{
    public Guid? ProcedureId { get; init; }

    public required DateTimeOffset Time { get; init; }

    /// <summary>Condition and subject (probe index, channel, supply; -1 for the whole console).</summary>
    public required AlarmKey Key { get; init; }

    public required AlarmPriority Priority { get; init; }

    public required AlarmAction Action { get; init; }

    /// <summary>Who acknowledged or paused the audio; null when the console itself raised, cleared or escalated.</summary>
    public string? User { get; init; }
}
