using System.Globalization;
using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// Which procedures to list: a state, a date range (From inclusive, To exclusive, on <see cref="ProcedureListItem.Date"/>)
/// and a text searched in label, operator and organ (case-insensitive). Empty parts match everything.
/// </summary>
public sealed record ProcedureFilter(ProcedureState? State = null, DateTimeOffset? From = null, DateTimeOffset? To = null, string? Search = null)
{
    public const int MaxSearchLength = 100;

    public static ProcedureFilter All { get; } = new();

    public bool Matches(ProcedureListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (State is null || item.State == State)
            && (From is null || item.Date >= From)
            && (To is null || item.Date < To)
            && (string.IsNullOrWhiteSpace(Search) || Contains(item.Label) || Contains(item.Operator) || Contains(item.Organ));
    }

    /// <summary>
    /// Reads the query parameters <c>state</c>, <c>from</c>, <c>to</c> and <c>q</c>. Dates are ISO-8601 (UTC unless an
    /// offset is given); a <c>to</c> without a time of day includes that whole day. Null and the problem, naming the
    /// parameter, when a value is not acceptable.
    /// </summary>
    public static ProcedureFilter? Parse(string? state, string? from, string? to, string? search, out ReviewProblem? problem)
    {
        problem = null;
        ProcedureState? parsedState = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            if (!Enum.TryParse(state.Trim(), ignoreCase: true, out ProcedureState s) || !Enum.IsDefined(s) || char.IsDigit(state.Trim()[0]))
            {
                problem = new("state", $"'{state}' is not one of {string.Join(", ", Enum.GetNames<ProcedureState>())}.");
                return null;
            }

            parsedState = s;
        }

        if (!TryDate(from, endOfDay: false, out var parsedFrom))
        {
            problem = new("from", $"'{from}' is not an ISO-8601 date or date and time.");
            return null;
        }

        if (!TryDate(to, endOfDay: true, out var parsedTo))
        {
            problem = new("to", $"'{to}' is not an ISO-8601 date or date and time.");
            return null;
        }

        if (parsedFrom is not null && parsedTo is not null && parsedTo <= parsedFrom)
        {
            problem = new("to", "must be after from.");
            return null;
        }

        if (search is { Length: > MaxSearchLength })
        {
            problem = new("q", $"search text longer than {MaxSearchLength} characters.");
            return null;
        }

        return new(parsedState, parsedFrom, parsedTo, string.IsNullOrWhiteSpace(search) ? null : search.Trim());
    }

    private static bool TryDate(string? text, bool endOfDay, out DateTimeOffset? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            // The last representable day has no next midnight: its end is the end of time.
            value = endOfDay ? (day == DateOnly.MaxValue ? DateTimeOffset.MaxValue : midnight.AddDays(1)) : midnight;
            return true;
        }

        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            value = instant;
            return true;
        }

        return false;
    }

    private bool Contains(string text) => text.Contains(Search!.Trim(), StringComparison.OrdinalIgnoreCase);
}
