using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>One row of the procedures list: who, what, when, how long, how it ended and how many alarms it raised.</summary>
public sealed record ProcedureListItem(
    Guid Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    string Label,
    string Operator,
    string Organ,
    ProcedureState State,
    bool Reviewed,
    int AlarmCount)
{
    /// <summary>The date the list shows and filters on: the start, or the creation for a procedure never started.</summary>
    public DateTimeOffset Date => StartedAt ?? CreatedAt;

    /// <summary>Start to end; null while running or never started.</summary>
    public TimeSpan? Duration => StartedAt is { } start && EndedAt is { } end ? end - start : null;

    public static ProcedureListItem From(ProcedureRecord record, int alarmCount)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Id, record.CreatedAt, record.StartedAt, record.EndedAt, record.Label, record.Operator, record.Organ, record.State, record.Reviewed, alarmCount);
    }
}
