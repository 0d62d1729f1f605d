namespace CryoWeb.Controller.Alarms;

/// <summary>
/// Display order of <see cref="AlarmSnapshot.Alarms"/>. IEC 60601-1-8 asks that the highest priority be the most
/// prominent; within a priority the ones still needing a response come first, the oldest first (it has waited
/// longest), so a burst of new alarms cannot push an unanswered one out of sight. Id breaks ties of equal time.
/// </summary>
internal sealed class AlarmDisplayOrder : IComparer<Alarm>
{
    public static AlarmDisplayOrder Instance { get; } = new();

    public int Compare(Alarm? x, Alarm? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        int c = y.Priority.CompareTo(x.Priority);
        if (c == 0)
        {
            c = x.IsAcknowledged.CompareTo(y.IsAcknowledged);
        }

        if (c == 0)
        {
            c = x.RaisedAt.CompareTo(y.RaisedAt);
        }

        return c != 0 ? c : x.Id.CompareTo(y.Id);
    }
}
