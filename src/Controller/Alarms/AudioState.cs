namespace CryoWeb.Controller.Alarms;

/// <summary>What the alarm sound should be now.</summary>
/// <param name="Sounding">Priority of the audible alarm signal to generate (the highest sounding alarm); null for silence.</param>
/// <param name="PausedUntil">End of the audio pause; null when audio is not paused.</param>
/// <param name="PausedBy">Who paused the audio; null when not paused.</param>
/// <param name="PauseCeiling">The highest priority that was sounding when the audio was paused
/// (<see cref="AlarmPriority.Information"/> if none): during the pause, only an alarm that is raised, or escalates,
/// above it sounds. Null when not paused.</param>
public sealed record AudioState(AlarmPriority? Sounding, DateTimeOffset? PausedUntil, string? PausedBy, AlarmPriority? PauseCeiling)
{
    public static AudioState Silent { get; } = new(null, null, null, null);

    public bool IsPaused => PausedUntil is not null;
}
