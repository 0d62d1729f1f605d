namespace CryoWeb.WebUI.Review;

/// <summary>
/// One thermal sensor of the set-up as the review sums it up: the team's name and its channel, its role, limit and
/// protective action in words, its coldest reading, the time it spent at or below its limit, and how often the limit
/// was passed (each time the console took the action).
/// </summary>
public sealed record SensorSummary(
    int Channel,
    string Name,
    string Role,
    double? LimitCelsius,
    string Action,
    double? MinimumCelsius,
    double? SecondsPastLimit,
    double SecondsAtOrBelowMinus20,
    double SecondsAtOrBelowMinus40,
    int TimesPastLimit)
{
    /// <summary>What the console did: "none needed", or the action and how many times it was taken.</summary>
    public string ActionsTaken => LimitCelsius is null
        ? "—"
        : TimesPastLimit == 0 ? "none needed" : $"{Action}: {TimesPastLimit} time{(TimesPastLimit == 1 ? "" : "s")}";
}
