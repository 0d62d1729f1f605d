using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Storage;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// The alarms of a procedure with their durations, from its stored alarm log: the events of one alarm share its id
/// and key; the title comes from the alarm catalog, the detail from the raise (as shown then).
/// </summary>
public static class AlarmSummarizer
{
    private static readonly HashSet<AlarmCondition> SensorConditions =
        [AlarmCondition.CriticalStructureLimit, AlarmCondition.ThermocoupleFault, AlarmCondition.MarginReachedMinus20, AlarmCondition.MarginReachedMinus40];

    public static IReadOnlyList<AlarmSummary> Summarize(IEnumerable<StoredAlarmEvent> alarms, DateTimeOffset end)
    {
        ArgumentNullException.ThrowIfNull(alarms);
        var list = alarms.OrderBy(a => a.Time).ToList();
        var summaries = new List<AlarmSummary>();
        foreach (var raised in list.Where(a => a.Action == AlarmAction.Raised && a.Key is not null))
        {
            var key = raised.Key!.Value;
            var later = list.Where(a => a.Time >= raised.Time && a.Key == key && a.AlarmId == raised.AlarmId).ToList();
            // A later raise of the same key is another alarm: this one's events stop there.
            var next = list.FirstOrDefault(a => a.Time > raised.Time && a.Key == key && a.Action == AlarmAction.Raised);
            if (next is not null)
            {
                later = [.. later.Where(a => a.Time < next.Time)];
            }

            var lastClear = later.LastOrDefault(a => a.Action is AlarmAction.Cleared or AlarmAction.Ended);
            var lastReturn = later.LastOrDefault(a => a.Action == AlarmAction.ConditionReturned);
            bool ongoing = lastClear is null || (lastReturn is not null && lastReturn.Time > lastClear.Time);
            var until = ongoing ? end : lastClear!.Time;
            var priority = later.Select(a => a.Priority ?? AlarmPriority.Information).Append(raised.Priority ?? AlarmPriority.Information).Max();
            summaries.Add(new AlarmSummary(
                Title(key.Condition),
                raised.Detail,
                priority,
                raised.Time,
                Math.Round(Math.Max(0, (until - raised.Time).TotalSeconds), 1),
                ongoing,
                later.FirstOrDefault(a => a.Action == AlarmAction.Acknowledged)?.User,
                SensorConditions.Contains(key.Condition) && key.Subject >= 0 ? key.Subject : null));
        }

        return summaries;
    }

    public static string Title(AlarmCondition condition) =>
        Enum.IsDefined(condition) ? AlarmCatalog.Default[condition].Title : "Alarm";
}
