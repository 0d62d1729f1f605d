namespace CryoWeb.WebUI.Telemetry;

/// <summary>
/// What the hub sends every <see cref="TelemetryBroadcaster.BatchInterval"/> to all viewers: the frames collected since
/// the last batch, built once and serialised once per protocol for every connection.
/// </summary>
/// <param name="ProcedureId">The running procedure ("N" format), or null; a change means the chart starts afresh.</param>
/// <param name="FirstSequence">Control frame sequence of the first sample (0 when the batch only reports a loss).</param>
/// <param name="LostFrames">Frames that never reached this stream since the previous batch (controller ring overrun,
/// collector overflow, or batches dropped because sending stalled). The chart draws a gap.</param>
/// <param name="Times">Sample times, unix milliseconds, increasing.</param>
/// <param name="Values">Per channel (in <see cref="TelemetrySeries.Channels"/> order), one °C value per time; null where
/// the reading was faulted.</param>
/// <param name="ProbeModes">Latest mode of each probe (names of <c>ProbeMode</c>), probe 1 first.</param>
/// <param name="EmergencyStop">The emergency stop is latched in the latest frame.</param>
public sealed record TelemetryBatch(
    string? ProcedureId,
    long FirstSequence,
    long LostFrames,
    IReadOnlyList<long> Times,
    IReadOnlyList<IReadOnlyList<float?>> Values,
    IReadOnlyList<string> ProbeModes,
    bool EmergencyStop);
