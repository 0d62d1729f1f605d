using System.Globalization;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Storage;

namespace CryoWeb.WebUI.Review;

/// <summary>
/// One audit-trail line as a clinician reads it ("Probe 1: freeze at 80 % — accepted", "Procedure started — refused:
/// ..."), translated when shown: the stored record keeps the command's own text (sealed, already on disk). A command
/// this type does not know, or parameters it cannot read, show the stored text (<see cref="Stored"/>); it never throws.
/// </summary>
public static class AuditWords
{
    private const string Accepted = "accepted";
    private const string Refused = "refused: ";

    /// <summary>The line in words, naming an acknowledged alarm from <paramref name="alarmNames"/> (see <see cref="AlarmNames"/>).</summary>
    public static string Line(AuditEvent e, IReadOnlyDictionary<long, string>? alarmNames = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        // The command layer's role refusal names the command ("may not run SetProbeMode:"); the line already says what it was.
        string? outcome = e.Outcome == Accepted ? Accepted
            : e.Outcome?.StartsWith(Refused, StringComparison.Ordinal) == true
                ? e.Outcome.Replace($" may not run {e.Command}: ", " may not do this: ", StringComparison.Ordinal)
                : null;
        string? words = outcome is null ? null : Words(e.Command ?? "", e.Parameters ?? "", alarmNames);
        return words is null ? Stored(e) : $"{words} — {outcome}";
    }

    /// <summary>The stored text: "SetProbeMode probe=1 mode=Freeze: accepted" (the machine's view, and the fallback).</summary>
    public static string Stored(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return $"{e.Command}{(string.IsNullOrEmpty(e.Parameters) ? "" : " " + e.Parameters)}: {e.Outcome}";
    }

    /// <summary>Each alarm's title and the detail shown when it was raised, by alarm id ("{title}: TS1 urethra at 2.3 °C").</summary>
    public static IReadOnlyDictionary<long, string> AlarmNames(IEnumerable<StoredAlarmEvent> alarms)
    {
        ArgumentNullException.ThrowIfNull(alarms);
        var names = new Dictionary<long, string>();
        foreach (var a in alarms)
        {
            if (a.Action == AlarmAction.Raised && a.AlarmId is { } id && a.Key is { } key)
            {
                names[id] = AlarmSummarizer.Title(key.Condition) + (a.Detail is { } detail ? $": {detail}" : "");
            }
        }

        return names;
    }

    private static string? Words(string command, string parameters, IReadOnlyDictionary<long, string>? alarmNames) => command switch
    {
        "SetProbeMode" => ModeChange(parameters),
        "StartProtocol" => StartProtocol(parameters),
        "ProtocolAction" => ProtocolStep(parameters),
        "CloseProcedure" => "Gas, protocols and sensor guards closed for the end of the procedure",
        "SetSensorGuards" => Count(parameters, "sensors") switch
        {
            0 => "Sensor guards cleared",
            1 => "Sensor guards set on 1 sensor",
            int n => $"Sensor guards set on {n} sensors",
            null => null,
        },
        "ResetEmergencyStop" => "Emergency stop reset",
        "EmergencyStop" => "Emergency stop",
        "CreateProcedure" => "Procedure set up",
        "StartProcedure" => "Procedure started",
        "FinishProcedure" => "Procedure finished",
        "AcknowledgeAlarm" => Count(parameters, "alarm") is { } alarm && alarmNames?.GetValueOrDefault(alarm) is { } name
            ? $"Alarm acknowledged: {name}"
            : "Alarm acknowledged",
        "PauseAudio" => Value(parameters, "duration") is { } text && TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var pause)
            ? $"Alarm audio paused for {ReviewFormat.Duration(pause)}"
            : "Alarm audio paused",
        "ResumeAudio" => "Alarm audio resumed",
        "SaveIceballLayout" => "Iceball layout saved",
        "SaveIceballPlan" => "Iceball plan saved",
        ReviewMarker.Command => "Marked reviewed",
        "InjectSimulatorFault" => "Simulator fault injected",
        "ClearSimulatorFaults" => "Simulator faults cleared",
        "SaveProtocolPresets" => "Protocol presets saved",
        ProbeModeRecorder.Command => ProbeModeRecorder.TryParse(parameters, out int probe, out var mode)
            ? $"Probe {probe}: {ReviewWords.Mode(mode)}{Power(mode, Value(parameters, "power"))}"
            : null,
        _ => null,
    };

    /// <summary>"probe=1 mode=Freeze powerPercent=80" as "Probe 1: freeze at 80 %" (the power only where it freezes, as on the timeline).</summary>
    private static string? ModeChange(string parameters)
    {
        if (Count(parameters, "probe") is not { } probe || !TryEnum(Value(parameters, "mode"), out ProbeMode mode))
        {
            return null;
        }

        return $"Probe {probe}: {ReviewWords.Mode(mode)}{Power(mode, Value(parameters, "powerPercent"))}";
    }

    /// <summary>" at 80 %" for a freeze with a readable power, else nothing.</summary>
    private static string Power(ProbeMode mode, string? percentText) =>
        mode == ProbeMode.Freeze
        && double.TryParse(percentText, NumberStyles.Float, CultureInfo.InvariantCulture, out double percent) && double.IsFinite(percent)
            ? string.Create(CultureInfo.InvariantCulture, $" at {percent:0.#} %")
            : "";

    /// <summary>"protocol=Double freeze probes=[1,2]" as "Protocol “Double freeze” started on probes 1, 2" (the name may hold spaces).</summary>
    private static string? StartProtocol(string parameters)
    {
        const string NameKey = "protocol=";
        const string ProbesKey = " probes=[";
        int probesAt = parameters.LastIndexOf(ProbesKey, StringComparison.Ordinal);
        if (!parameters.StartsWith(NameKey, StringComparison.Ordinal) || probesAt < NameKey.Length || !parameters.EndsWith(']'))
        {
            return null;
        }

        string name = parameters[NameKey.Length..probesAt];
        string[] probes = parameters[(probesAt + ProbesKey.Length)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (!probes.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }

        string protocol = name.Length == 0 ? "Protocol" : $"Protocol “{name}”";
        return probes.Length switch
        {
            0 => $"{protocol} started",
            1 => $"{protocol} started on probe {probes[0]}",
            _ => $"{protocol} started on probes {string.Join(", ", probes)}",
        };
    }

    /// <summary>"probe=2 action=ExtendStep extendBy=00:01:30" as "Probe 2: protocol step extended by 1:30".</summary>
    private static string? ProtocolStep(string parameters)
    {
        if (Count(parameters, "probe") is not { } probe || !TryEnum(Value(parameters, "action"), out ProtocolAction action))
        {
            return null;
        }

        string? words = action switch
        {
            ProtocolAction.Pause => "protocol paused",
            ProtocolAction.Resume => "protocol resumed",
            ProtocolAction.SkipStep => "protocol step skipped",
            ProtocolAction.ExtendStep => TimeSpan.TryParse(Value(parameters, "extendBy"), CultureInfo.InvariantCulture, out var by)
                ? $"protocol step extended by {ReviewFormat.Duration(by)}"
                : "protocol step extended",
            ProtocolAction.Abort => "protocol stopped",
            _ => null,
        };
        return words is null ? null : $"Probe {probe}: {words}";
    }

    /// <summary>The value after "<paramref name="key"/>=" among space-separated pairs; null when absent.</summary>
    private static string? Value(string parameters, string key)
    {
        foreach (string part in parameters.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length > key.Length && part[key.Length] == '=' && part.StartsWith(key, StringComparison.Ordinal))
            {
                return part[(key.Length + 1)..];
            }
        }

        return null;
    }

    private static int? Count(string parameters, string key) =>
        int.TryParse(Value(parameters, key), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : null;

    /// <summary>A member named in the text (never a number: "mode=7" is not a mode).</summary>
    private static bool TryEnum<T>(string? text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: false, out value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text![0]);
}
