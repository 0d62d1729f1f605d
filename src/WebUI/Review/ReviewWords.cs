using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Safety;
using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>The review's words for modes, roles, actions and alarm events: what a clinician reads, never an enum name.</summary>
public static class ReviewWords
{
    /// <summary>A mode mid-sentence ("probe 1: passive thaw"): the console's one wording, in lower case.</summary>
    public static string Mode(ProbeMode mode) => ProbeModeWords.Of(mode).ToLowerInvariant();

    public static string Role(SensorRole role) => role switch
    {
        SensorRole.CriticalStructure => "protected structure",
        SensorRole.Margin => "tumour margin",
        _ => "not watched",
    };

    /// <summary>What the console does by itself at the limit: "alarm only", "limit P1, P2 to 50 %", "stop P1's gas".</summary>
    public static string Action(ProtectiveAction action, IReadOnlyList<int> linkedProbes)
    {
        ArgumentNullException.ThrowIfNull(linkedProbes);
        string probes = linkedProbes.Count == 0 ? "every probe" : string.Join(", ", linkedProbes.Select(p => $"P{p}"));
        return action switch
        {
            ProtectiveAction.Reduce => $"limit {probes} to {SensorGuard.ReducedPowerPercent:0} %",
            ProtectiveAction.Stop => $"stop {probes} (passive thaw)",
            _ => "alarm only",
        };
    }

    public static string AlarmEvent(AlarmAction action) => action switch
    {
        AlarmAction.Raised => "raised",
        AlarmAction.Cleared => "condition cleared",
        AlarmAction.ConditionReturned => "condition returned",
        AlarmAction.Acknowledged => "acknowledged",
        AlarmAction.Escalated => "escalated",
        AlarmAction.Ended => "ended",
        AlarmAction.AudioPaused => "alarm audio paused",
        AlarmAction.AudioResumed => "alarm audio resumed",
        _ => "alarm audio pause ended",
    };

    /// <summary>A procedure's state as the review shows it ("Set up, not started", never "Created").</summary>
    public static string State(ProcedureState state) => state switch
    {
        ProcedureState.Created => "Set up, not started",
        ProcedureState.Running => "Running",
        ProcedureState.Finished => "Finished",
        ProcedureState.Interrupted => "Interrupted (the console stopped)",
        _ => "Unknown",
    };

    /// <summary>"ch 3": the wiring channel, shown in small print beside a team's name.</summary>
    public static string Channel(int channel) => $"ch {channel}";
}
