using CryoWeb.Controller.Alarms;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// One alarm of a procedure: its title and the detail shown when it was raised ("TS1 urethra at 2.3 °C"), its highest
/// priority, when it was raised, how long its condition lasted, and who acknowledged it.
/// </summary>
/// <param name="Channel">The sensor channel the alarm is about, null for a probe, a supply or the console.</param>
/// <param name="Seconds">From raised to its condition's last clearing (or its end); to the procedure's end if it never cleared.</param>
/// <param name="Ongoing">Its condition had not cleared when the procedure ended.</param>
public sealed record AlarmSummary(
    string Title,
    string? Detail,
    AlarmPriority Priority,
    DateTimeOffset RaisedAt,
    double Seconds,
    bool Ongoing,
    string? AcknowledgedBy,
    int? Channel);
