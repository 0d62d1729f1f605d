using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Sensors;
using CryoWeb.Controller.Frames;

namespace CryoWeb.WebUI.Tests.Telemetry;

/// <summary>Control frames built by hand: 5 channels (2 tips, 3 sensors) and 2 probes, like the simulator.</summary>
internal static class Frames
{
    public const int Channels = 5;

    public const int Probes = 2;

    public static readonly DateTimeOffset Start = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Frame <paramref name="sequence"/> (1-based) at 10 Hz; channel c reads <c>-sequence - c</c> °C.</summary>
    public static ControlFrame At(long sequence, int faultedChannel = -1)
    {
        var frame = new ControlFrame(Channels, Probes) { Sequence = sequence, Time = TimeOf(sequence) };
        for (int c = 0; c < Channels; c++)
        {
            frame.ChannelCelsius[c] = c == faultedChannel ? double.NaN : -sequence - c;
            frame.ChannelFaults[c] = c == faultedChannel ? SensorFaults.OpenCircuit : default;
        }

        frame.ProbeModes[0] = ProbeMode.Freeze;
        return frame;
    }

    public static DateTimeOffset TimeOf(long sequence) => Start.AddMilliseconds(100 * sequence);

    public static long UnixMsOf(long sequence) => TimeOf(sequence).ToUnixTimeMilliseconds();

    /// <summary>One history row: every channel at <paramref name="celsius"/>.</summary>
    public static float[] Row(float celsius) => [.. Enumerable.Repeat(celsius, Channels)];
}
