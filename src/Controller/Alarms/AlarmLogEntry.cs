using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Alarms;

/// <summary>
/// One line of the alarm log. Alarm events carry the alarm's id, key and priority (after the event); audio events
/// carry no alarm, and <see cref="Priority"/> is then the pause's ceiling (<see cref="AudioState.PauseCeiling"/>).
/// </summary>
/// <param name="Sequence">1, 2, 3... per manager, in the order the events happened.</param>
/// <param name="Time">Manager time of the event.</param>
/// <param name="User">Who acknowledged, paused or resumed; null for events the console caused.</param>
/// <param name="Detail">The alarm's detail for <see cref="AlarmLogEvent.Raised"/>, "Medium -> High" for
/// <see cref="AlarmLogEvent.Escalated"/>, the pause end for <see cref="AlarmLogEvent.AudioPaused"/>.</param>
public sealed record AlarmLogEntry(
    long Sequence,
    DateTimeOffset Time,
    AlarmLogEvent Event,
    long? AlarmId,
    AlarmKey? Key,
    AlarmPriority? Priority,
    string? User,
    string? Detail);
