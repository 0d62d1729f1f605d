using CryoWeb.Controller.Conditions;
using CryoWeb.Controller.Frames;

namespace CryoWeb.Controller.Control;

/// <summary>
/// Stage 6 of the tick: everything the tick measured and decided, copied into its preallocated frame and published to
/// the ring (storage, telemetry, alarms and the iceball read it there, never the stages).
/// </summary>
internal sealed class FramePublisher(TickState state, OutputStage outputs, ConditionSet conditions, FrameRing ring)
{
    private readonly ControlFrame _frame = new(state.Readings.ChannelCount, state.Probes.Length);
    private long _sequence;

    public void Publish(DateTimeOffset now, double latenessMilliseconds)
    {
        var frame = _frame;
        var readings = state.Readings;
        var gate = state.Verdict;
        frame.Sequence = _sequence;
        frame.Time = now;
        frame.LatenessMilliseconds = latenessMilliseconds;
        readings.Celsius.AsSpan().CopyTo(frame.ChannelCelsius);
        readings.Faults.AsSpan().CopyTo(frame.ChannelFaults);
        (frame.ArgonPsi, frame.ThawPsi, frame.ArgonFault, frame.ThawFault) = (readings.ArgonPsi, readings.ThawPsi, readings.ArgonFault, readings.ThawFault);
        frame.EmergencyStopLatched = state.EmergencyStop.IsLatched;
        frame.ArgonMinutesLeft = readings.ArgonMinutesLeft;
        outputs.FreezeValveOpen.AsSpan().CopyTo(frame.FreezeValveOpen);
        outputs.ThawValveOpen.AsSpan().CopyTo(frame.ThawValveOpen);
        frame.VentOpen = outputs.VentOpen;
        (frame.ArgonSupplyOpen, frame.ThawSupplyOpen) = (outputs.ArgonSupplyDriven, outputs.ThawSupplyDriven);
        for (int p = 0; p < state.Probes.Length; p++)
        {
            var probe = state.Probes[p];
            var run = state.Protocols[p];
            frame.ProbeModes[p] = probe.Mode;
            frame.ProbeDutyPercent[p] = probe.DutyPercent;
            frame.ProtocolStates[p] = run.State;
            frame.ProtocolStepIndex[p] = run.StepIndex;
            frame.StepRemainingSeconds[p] = run.Remaining.TotalSeconds;
            frame.GateMaxPowerPercent[p] = gate.MaxPowerPercent(p);
            frame.GateCauses[p] = gate.Reason(p).Cause;
            frame.GateSubjects[p] = gate.Reason(p).Subject;
        }

        conditions.CopyTo(frame.Conditions);
        frame.CopyTo(ring.BeginWrite(_sequence));
        ring.EndWrite(_sequence);
        _sequence++;
    }
}
