using System.Collections.ObjectModel;

namespace CryoWeb.Controller.Alarms;

/// <summary>
/// The shown alarms and the audio state at one <see cref="Version"/> of an <see cref="AlarmManager"/>. Immutable:
/// safe to hand to any thread. <see cref="Alarms"/> is in display order: highest priority first; within a priority,
/// unacknowledged before acknowledged; then the oldest first (the one waiting longest for a response); then by id.
/// </summary>
public sealed class AlarmSnapshot
{
    internal AlarmSnapshot(long version, Alarm[] alarms, AudioState audio)
    {
        Version = version;
        Alarms = new ReadOnlyCollection<Alarm>(alarms);
        Audio = audio;
    }

    /// <summary>The manager's <see cref="AlarmManager.Version"/> this snapshot shows.</summary>
    public long Version { get; }

    public IReadOnlyList<Alarm> Alarms { get; }

    public AudioState Audio { get; }
}
