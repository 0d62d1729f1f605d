using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Sensors;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Frames;

/// <summary>
/// Everything one control tick measured and decided, preallocated and copied by value into the frame ring.
/// Temperatures are NaN wherever the reading was not valid; the faults say why.
/// </summary>
public sealed class ControlFrame(int channels, int probes)
{
    public long Sequence { get; set; }

    public DateTimeOffset Time { get; set; }

    /// <summary>How late this tick started (ms).</summary>
    public double LatenessMilliseconds { get; set; }

    public double[] ChannelCelsius { get; } = new double[channels];

    public SensorFaults[] ChannelFaults { get; } = new SensorFaults[channels];

    public double ArgonPsi { get; set; }

    public double ThawPsi { get; set; }

    public SupplyFault ArgonFault { get; set; }

    public SupplyFault ThawFault { get; set; }

    public ProbeMode[] ProbeModes { get; } = new ProbeMode[probes];

    public double[] ProbeDutyPercent { get; } = new double[probes];

    public bool[] FreezeValveOpen { get; } = new bool[probes];

    public bool[] ThawValveOpen { get; } = new bool[probes];

    public ProtocolState[] ProtocolStates { get; } = new ProtocolState[probes];

    public int[] ProtocolStepIndex { get; } = new int[probes];

    public double[] StepRemainingSeconds { get; } = new double[probes];

    /// <summary>The safety gate's freeze power limit per probe (%): 100 = not limited, 0 = freezing blocked.</summary>
    public double[] GateMaxPowerPercent { get; } = new double[probes];

    /// <summary>Why the gate limits each probe (<see cref="GateCause.None"/> when it does not).</summary>
    public GateCause[] GateCauses { get; } = new GateCause[probes];

    /// <summary>The subject of each probe's gate cause: thermocouple channel, or zero-based probe for ProbeNotThawing; -1 = none.</summary>
    public int[] GateSubjects { get; } = new int[probes];

    public bool EmergencyStopLatched { get; set; }

    public bool VentOpen { get; set; }

    public bool ArgonSupplyOpen { get; set; }

    public bool ThawSupplyOpen { get; set; }

    /// <summary>Estimated minutes of argon left at the present use; +infinity when no gas is used.</summary>
    public double ArgonMinutesLeft { get; set; }

    public ConditionSet Conditions { get; } = new();

    public int ChannelCount => ChannelCelsius.Length;

    public int ProbeCount => ProbeModes.Length;

    public void CopyTo(ControlFrame target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Sequence = Sequence;
        target.Time = Time;
        target.LatenessMilliseconds = LatenessMilliseconds;
        ChannelCelsius.AsSpan().CopyTo(target.ChannelCelsius);
        ChannelFaults.AsSpan().CopyTo(target.ChannelFaults);
        (target.ArgonPsi, target.ThawPsi, target.ArgonFault, target.ThawFault) = (ArgonPsi, ThawPsi, ArgonFault, ThawFault);
        ProbeModes.AsSpan().CopyTo(target.ProbeModes);
        ProbeDutyPercent.AsSpan().CopyTo(target.ProbeDutyPercent);
        FreezeValveOpen.AsSpan().CopyTo(target.FreezeValveOpen);
        ThawValveOpen.AsSpan().CopyTo(target.ThawValveOpen);
        ProtocolStates.AsSpan().CopyTo(target.ProtocolStates);
        ProtocolStepIndex.AsSpan().CopyTo(target.ProtocolStepIndex);
        StepRemainingSeconds.AsSpan().CopyTo(target.StepRemainingSeconds);
        GateMaxPowerPercent.AsSpan().CopyTo(target.GateMaxPowerPercent);
        GateCauses.AsSpan().CopyTo(target.GateCauses);
        GateSubjects.AsSpan().CopyTo(target.GateSubjects);
        (target.EmergencyStopLatched, target.VentOpen, target.ArgonMinutesLeft) = (EmergencyStopLatched, VentOpen, ArgonMinutesLeft);
        (target.ArgonSupplyOpen, target.ThawSupplyOpen) = (ArgonSupplyOpen, ThawSupplyOpen);
        Conditions.CopyTo(target.Conditions);
    }
}
