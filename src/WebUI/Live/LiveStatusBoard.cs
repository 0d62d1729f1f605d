using CryoWeb.Controller.Setup;
using CryoWeb.Controller.ReadModel;
using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.ControlThread;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Procedures;
using CryoWeb.Controller.Safety;

namespace CryoWeb.WebUI.Live;

/// <summary>
/// Keeps the latest <see cref="LiveStatus"/> for the web side. Built on the frame feed thread (never the control
/// thread), published by swapping one immutable reference, so readers take no lock shared with the controller. The
/// channels and the protocol each probe runs come from the contract's read model (registered before this board, so
/// it has seen the frame first), never from a control object.
/// </summary>
public sealed class LiveStatusBoard(ConsoleReadModel console, ProcedureService procedures, ControlWatchdog watchdog, TimeProvider time) : IFrameSubscriber
{
    private readonly IReadOnlyList<ChannelDescription> _channels = console.Description.Channels;

    /// <summary>A frame older than this means the link to the controller is lost.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(1);

    private LiveStatus _current = LiveStatus.Empty;
    private DateTimeOffset? _startedAt;
    private Guid? _startedFor;

    /// <summary>Raised on the feed thread after each new status. Handlers must be quick and must not throw.</summary>
    public event Action<LiveStatus>? Changed;

    /// <summary>The latest status; marked link-lost when frames stopped or the control loop watchdog tripped.</summary>
    public LiveStatus Current
    {
        get
        {
            var status = Volatile.Read(ref _current);
            bool fresh = status.Sequence > 0 && time.GetUtcNow() - status.Time < StaleAfter && watchdog.IsHealthy;
            return fresh == status.ControllerLinkOk ? status : status with { ControllerLinkOk = fresh };
        }
    }

    public void OnFrame(ControlFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var setup = procedures.RunningSetup;
        Guid? running = setup is null ? null : procedures.Running;
        if (running != _startedFor)
        {
            (_startedFor, _startedAt) = (running, running is null ? null : frame.Time);
        }

        var status = new LiveStatus(
            frame.Sequence,
            frame.Time,
            true,
            frame.EmergencyStopLatched,
            Probes(frame, setup),
            Sensors(frame, setup),
            new SupplyStatus(frame.ArgonPsi, FaultText.Of(frame.ArgonFault), double.IsFinite(frame.ArgonMinutesLeft) && frame.ArgonMinutesLeft > 0 ? frame.ArgonMinutesLeft : null),
            new SupplyStatus(frame.ThawPsi, FaultText.Of(frame.ThawFault), null),
            running,
            setup?.Label,
            _startedAt);
        Volatile.Write(ref _current, status);
        Changed?.Invoke(status);
    }

    /// <summary>Tests: shows a status as a frame would (e.g. a label from a record made before today's rules).</summary>
    internal void Show(LiveStatus status) => Volatile.Write(ref _current, status);

    public void OnFramesLost(long first, long count)
    {
    }

    /// <summary>The tile colour of a reading, given the sensor's role and limit.</summary>
    public static TemperatureBand BandOf(double celsius, SensorRole role = SensorRole.None, double? limitCelsius = null) =>
        !double.IsFinite(celsius) ? TemperatureBand.Faulted
        : role == SensorRole.CriticalStructure && limitCelsius is double limit && celsius <= limit ? TemperatureBand.PastLimit
        : celsius <= -40 ? TemperatureBand.BelowMinus40
        : celsius <= -20 ? TemperatureBand.BelowMinus20
        : celsius <= 0 ? TemperatureBand.BelowZero
        : TemperatureBand.AboveZero;

    private ProbeStatus[] Probes(ControlFrame frame, ProcedureSetup? setup)
    {
        var probes = new ProbeStatus[frame.ProbeCount];
        for (int p = 0; p < probes.Length; p++)
        {
            int tip = console.Description.TipChannel(p);
            var definition = console.ProtocolOf(p);
            int step = frame.ProtocolStepIndex[p];
            probes[p] = new ProbeStatus(
                p + 1,
                frame.ProbeModes[p],
                frame.ProbeDutyPercent[p],
                tip,
                tip < 0 ? double.NaN : frame.ChannelCelsius[tip],
                tip < 0 ? "no tip thermocouple" : FaultText.Of(frame.ChannelFaults[tip]),
                setup is null || setup.ProbesInUse.Contains(p + 1),
                frame.FreezeValveOpen[p],
                frame.ThawValveOpen[p],
                frame.ProtocolStates[p],
                definition?.Name,
                step,
                definition?.Steps.Count ?? 0,
                definition is not null && step >= 0 && step < definition.Steps.Count ? definition.Steps[step].ToString() : null,
                frame.StepRemainingSeconds[p],
                frame.GateMaxPowerPercent[p] < 100 ? frame.GateMaxPowerPercent[p] : null,
                GateText.LimitReason(p, frame.GateMaxPowerPercent[p], frame.GateCauses[p], frame.GateSubjects[p], c => SensorName(c, setup)),
                GateText.Disagreement(p, frame));
        }

        return probes;
    }

    /// <summary>The name the team gave a sensor in the running set-up, else the wiring channel's name.</summary>
    private string SensorName(int channel, ProcedureSetup? setup) =>
        setup?.Sensors.FirstOrDefault(s => s.Channel == channel)?.Name
        ?? (channel >= 0 && channel < _channels.Count ? _channels[channel].Name : $"channel {channel}");

    private List<SensorStatus> Sensors(ControlFrame frame, ProcedureSetup? setup)
    {
        var sensors = new List<SensorStatus>();
        for (int c = 0; c < _channels.Count; c++)
        {
            if (_channels[c].IsProbeTip)
            {
                continue;
            }

            var configured = setup?.Sensors.FirstOrDefault(s => s.Channel == c);
            var role = configured?.Role ?? SensorRole.None;
            double? limit = configured is { Role: SensorRole.CriticalStructure } ? configured.LimitCelsius : null;
            double celsius = frame.ChannelFaults[c] == 0 ? frame.ChannelCelsius[c] : double.NaN;
            sensors.Add(new SensorStatus(c, configured?.Name ?? _channels[c].Name, celsius, FaultText.Of(frame.ChannelFaults[c]), role, limit, configured?.Action, BandOf(celsius, role, limit), setup is null || configured is not null));
        }

        return sensors;
    }
}
