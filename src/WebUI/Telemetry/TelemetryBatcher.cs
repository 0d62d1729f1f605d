using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Frames;

namespace CryoWeb.WebUI.Telemetry;

/// <summary>
/// Collects frames on the feed thread into one of two preallocated buffers (a copy of the readings, no allocation,
/// no LINQ; a lock held only for that copy), and on the broadcaster's timer swaps them and builds one
/// <see cref="TelemetryBatch"/>. A full buffer counts frames as lost instead of growing.
/// </summary>
public sealed class TelemetryBatcher
{
    /// <summary>Frames one buffer holds: 6.4 s at 10 Hz, far more than the 100 ms between batches.</summary>
    public const int DefaultCapacity = 64;

    private static readonly string[] ModeNames = Enum.GetValues<ProbeMode>().Select(m => m.ToString()).ToArray();

    private readonly Lock _gate = new();
    private readonly int _channels;
    private FrameBuffer _filling;
    private FrameBuffer _draining;

    public TelemetryBatcher(int channels, int probes, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        ArgumentOutOfRangeException.ThrowIfNegative(probes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _channels = channels;
        _filling = new FrameBuffer(channels, probes, capacity);
        _draining = new FrameBuffer(channels, probes, capacity);
    }

    /// <summary>Feed thread: copies the readings of <paramref name="frame"/>.</summary>
    public void OnFrame(ControlFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        lock (_gate)
        {
            _filling.Add(frame, _channels);
        }
    }

    /// <summary>Frames that will never arrive (lost by the feed, or a batch that could not be sent).</summary>
    public void AddLost(long count)
    {
        lock (_gate)
        {
            _filling.Lost += count;
        }
    }

    /// <summary>
    /// Timer thread (one caller at a time): takes what was collected, appends it to <paramref name="history"/>, and
    /// returns the batch, or null when nothing happened since the last call.
    /// </summary>
    public TelemetryBatch? Take(Guid? procedure, TelemetryHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        lock (_gate)
        {
            (_filling, _draining) = (_draining, _filling);
        }

        var buffer = _draining;
        try
        {
            if (buffer.Count == 0 && buffer.Lost == 0)
            {
                return null;
            }

            for (int i = 0; i < buffer.Count; i++)
            {
                history.Append(buffer.Times[i], buffer.Rows.AsSpan(i * _channels, _channels));
            }

            var modes = new string[buffer.Modes.Length];
            for (int p = 0; p < modes.Length; p++)
            {
                int mode = (int)buffer.Modes[p];
                modes[p] = mode >= 0 && mode < ModeNames.Length ? ModeNames[mode] : buffer.Modes[p].ToString();
            }

            return new TelemetryBatch(
                procedure?.ToString("N"),
                buffer.FirstSequence,
                buffer.Lost,
                TelemetryColumns.Times(buffer.Times, 0, buffer.Count),
                TelemetryColumns.From(buffer.Rows, _channels, 0, buffer.Count, buffer.Times.Length),
                modes,
                buffer.EmergencyStop);
        }
        finally
        {
            buffer.Reset();
        }
    }

    /// <summary>One side of the double buffer.</summary>
    private sealed class FrameBuffer(int channels, int probes, int capacity)
    {
        public long[] Times { get; } = new long[capacity];

        public float[] Rows { get; } = new float[capacity * channels];

        public ProbeMode[] Modes { get; } = new ProbeMode[probes];

        public int Count { get; private set; }

        public long FirstSequence { get; private set; }

        public long Lost { get; set; }

        public bool EmergencyStop { get; private set; }

        public void Add(ControlFrame frame, int channelCount)
        {
            if (Count == Times.Length)
            {
                Lost++;
                return;
            }

            if (Count == 0)
            {
                FirstSequence = frame.Sequence;
            }

            Times[Count] = frame.Time.ToUnixTimeMilliseconds();
            int row = Count * channelCount;
            int available = Math.Min(channelCount, frame.ChannelCount);
            for (int c = 0; c < channelCount; c++)
            {
                Rows[row + c] = c < available && frame.ChannelFaults[c] == default ? TelemetryColumns.Reading(frame.ChannelCelsius[c]) : float.NaN;
            }

            frame.ProbeModes.AsSpan(0, Math.Min(Modes.Length, frame.ProbeCount)).CopyTo(Modes);
            EmergencyStop = frame.EmergencyStopLatched;
            Count++;
        }

        public void Reset() => (Count, Lost, FirstSequence) = (0, 0, 0);
    }
}
