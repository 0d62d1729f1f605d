using CryoWeb.Controller.Safety;
using CryoWeb.Controller.Storage;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// The clinical summary of each sensor of the procedure's stored set-up (<see cref="ProcedureRecord.Sensors"/>), from
/// its channel's summary and the limit alarms raised on it. A record kept before the set-up was stored has no sensors:
/// the channel table stands alone then.
/// </summary>
public static class SensorSummarizer
{
    /// <summary>Per channel, the limit to count the time past (critical structures only), for <see cref="ChannelSummarizer"/>.</summary>
    public static IReadOnlyList<double?> Limits(ProcedureRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return [.. record.ChannelNames.Select((_, c) => record.Sensors.FirstOrDefault(s => s.Channel == c && s.Role == SensorRole.CriticalStructure)?.LimitCelsius)];
    }

    public static IReadOnlyList<SensorSummary> Summarize(ProcedureRecord record, IReadOnlyList<ChannelSummary> channels, IEnumerable<StoredAlarmEvent> alarms)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(alarms);
        var raised = alarms.Where(a => a.Action is AlarmAction.Raised or AlarmAction.ConditionReturned && a.Key is { Condition: AlarmCondition.CriticalStructureLimit }).ToList();
        return [.. record.Sensors.OrderBy(s => s.Channel).Select(s =>
        {
            var channel = channels.FirstOrDefault(c => c.Channel == s.Channel);
            bool critical = s.Role == SensorRole.CriticalStructure;
            return new SensorSummary(
                s.Channel,
                s.Name,
                ReviewWords.Role(s.Role),
                critical ? s.LimitCelsius : null,
                critical ? ReviewWords.Action(s.Action, s.LinkedProbes) : "—",
                channel?.MinimumCelsius,
                critical ? channel?.SecondsAtOrBelowLimit : null,
                channel?.SecondsAtOrBelowMinus20 ?? 0,
                channel?.SecondsAtOrBelowMinus40 ?? 0,
                critical ? raised.Count(a => a.Key!.Value.Subject == s.Channel) : 0);
        })];
    }
}
