namespace CryoWeb.Controller.Storage;

/// <summary>
/// One procedure as stored: who, what, which thermocouple channels (in the order of every sample row), and its life
/// cycle. Times are UTC instants.
/// </summary>
public sealed record ProcedureRecord
{
    public required Guid Id { get; init; }

    public required string Label { get; init; }

    public required string Operator { get; init; }

    public required string Organ { get; init; }

    /// <summary>Name of each recorded channel; sample row value i belongs to channel i.</summary>
    public required IReadOnlyList<string> ChannelNames { get; init; }

    /// <summary>The thermal sensors of the set-up (names, roles, limits, actions); empty for records made before they were kept.</summary>
    public IReadOnlyList<RecordedSensor> Sensors { get; init; } = [];

    /// <summary>The tip channel of each probe of the console (index 0 = probe 1), -1 where a probe has none; empty for
    /// records made before they were kept.</summary>
    public IReadOnlyList<int> ProbeTipChannels { get; init; } = [];

    public ProcedureState State { get; init; } = ProcedureState.Created;

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it finished, or for an interrupted procedure the time of its last stored sample.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Set by a reviewer; only reviewed procedures may be removed by retention.</summary>
    public bool Reviewed { get; init; }
}
