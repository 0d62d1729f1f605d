using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.WebUI.Live;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.WebUI.Components.Console;

/// <summary>
/// The situation a confirmation was asked in. The question holds only while it lasts: an emergency stop (latched now,
/// or its alarm raised since, so a stop pressed and reset between two renders still counts), a new alarm of medium or
/// high priority, a change of the probe's step, protocol state or mode, or <see cref="Lifetime"/> without an answer
/// withdraws it, with the reason in words.
/// </summary>
/// <param name="LastAlarmId">The newest alarm id shown when asked (alarm ids only grow).</param>
internal sealed record AskedSituation(int StepIndex, ProtocolState State, ProbeMode Mode, DateTimeOffset AskedAt, long LastAlarmId)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public const string ProbeChanged = "The probe's step or mode changed: the question was withdrawn; ask again.";

    public const string EmergencyStopped = "Emergency stop pressed: the question was withdrawn; ask again.";

    public static AskedSituation Of(ProbeStatus probe, AlarmSnapshot? alarms, DateTimeOffset now) =>
        new(probe.StepIndex, probe.ProtocolState, probe.Mode, now, NewestId(alarms));

    /// <summary>Null while the question still holds, else why it was withdrawn.</summary>
    public string? Withdrawal(ProbeStatus probe, LiveStatus? live, AlarmSnapshot? alarms, DateTimeOffset now)
    {
        var raised = alarms?.Alarms.Where(a => a.Id > LastAlarmId && a.Priority >= AlarmPriority.Medium).ToList() ?? [];
        if (live?.EmergencyStopLatched == true || raised.Exists(a => a.Key.Condition == AlarmCondition.EmergencyStop))
        {
            return EmergencyStopped;
        }

        if (raised.Count > 0)
        {
            return $"New alarm ({raised[0].Title}): the question was withdrawn; ask again.";
        }

        if ((probe.StepIndex, probe.ProtocolState, probe.Mode) != (StepIndex, State, Mode))
        {
            return ProbeChanged;
        }

        return now - AskedAt >= Lifetime ? "No answer within 30 s: the question was withdrawn; ask again." : null;
    }

    private static long NewestId(AlarmSnapshot? alarms)
    {
        long newest = 0;
        foreach (var alarm in alarms?.Alarms ?? [])
        {
            newest = Math.Max(newest, alarm.Id);
        }

        return newest;
    }
}
