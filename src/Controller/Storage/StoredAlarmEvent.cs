using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Storage;

/// <summary>One line of the alarm log: which condition about which subject, its priority, what happened, and by whom.</summary>
public sealed record StoredAlarmEvent
{
    public Guid? ProcedureId { get; init; }

    public required DateTimeOffset Time { get; init; }

    /// <summary>Condition and subject (probe index, channel, supply; -1 for the whole console).</summary>
    /// <summary>The alarm's condition and subject; null for audio pause and resume, which concern every alarm.</summary>
    public required AlarmKey? Key { get; init; }

    /// <summary>Priority at the time of the event; null for audio events.</summary>
    public required AlarmPriority? Priority { get; init; }

    /// <summary>The alarm manager's id of the alarm (unique within one run of the console).</summary>
    public long? AlarmId { get; init; }

    /// <summary>What the alarm was about when raised (e.g. "TS1 urethra at -2.0 C").</summary>
    public string? Detail { get; init; }

    public required AlarmAction Action { get; init; }

    /// <summary>Who acknowledged or paused the audio; null when the console itself raised, cleared or escalated.</summary>
    public string? User { get; init; }
}
