using System.Globalization;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Procedures;

/// <summary>
/// Records every probe-mode change of the running procedure as an event in its record (user "controller"), so a
/// review can tell how long each probe froze and thawed whatever made it change: an operator, a protocol step or a
/// safety action. Runs on the feed thread and only allocates when a mode changes. At the first frame of a procedure,
/// every probe that is not Off is recorded too.
/// </summary>
public sealed class ProbeModeRecorder(ProcedureStore store, SampleRecorder recorder) : IFrameSubscriber
{
    /// <summary>The command name of the recorded events.</summary>
    public const string Command = "ProbeMode";

    /// <summary>Who the recorded events are attributed to.</summary>
    public const string User = "controller";

    private Guid? _procedure;
    private ProbeMode[] _last = [];

    public void OnFrame(ControlFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (recorder.Recording is not Guid procedure)
        {
            _procedure = null;
            return;
        }

        if (_procedure != procedure || _last.Length != frame.ProbeCount)
        {
            _procedure = procedure;
            _last = new ProbeMode[frame.ProbeCount];
        }

        for (int p = 0; p < frame.ProbeCount; p++)
        {
            var mode = frame.ProbeModes[p];
            if (mode != _last[p])
            {
                _last[p] = mode;
                store.RecordEvent(new AuditEvent
                {
                    ProcedureId = procedure,
                    Time = frame.Time,
                    User = User,
                    ClientAddress = "console",
                    Command = Command,
                    Parameters = Format(p + 1, mode, frame.ProbeDutyPercent[p]),
                    Outcome = "accepted",
                });
            }
        }
    }

    public void OnFramesLost(long first, long count)
    {
        // A lost frame hides at most a mode that lasted less than the ring: the next frame records the current mode.
    }

    /// <summary>The parameters of one recorded change, e.g. "probe=1 mode=Freeze power=80".</summary>
    public static string Format(int probeNumber, ProbeMode mode, double powerPercent) =>
        mode == ProbeMode.Freeze
            ? string.Create(CultureInfo.InvariantCulture, $"probe={probeNumber} mode={mode} power={powerPercent:0}")
            : string.Create(CultureInfo.InvariantCulture, $"probe={probeNumber} mode={mode}");

    /// <summary>Reads parameters written by <see cref="Format"/>; false for anything else.</summary>
    public static bool TryParse(string parameters, out int probeNumber, out ProbeMode mode)
    {
        probeNumber = 0;
        mode = ProbeMode.Off;
        if (parameters is null)
        {
            return false;
        }

        string[] parts = parameters.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2
            && parts[0].StartsWith("probe=", StringComparison.Ordinal)
            && int.TryParse(parts[0].AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out probeNumber)
            && parts[1].StartsWith("mode=", StringComparison.Ordinal)
            && Enum.TryParse(parts[1].AsSpan(5), ignoreCase: false, out mode)
            && Enum.IsDefined(mode);
    }
}
