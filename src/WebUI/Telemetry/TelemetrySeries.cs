namespace CryoWeb.WebUI.Telemetry;

/// <summary>What the chart needs before any data: its series, guide lines and the sampling of the stream.</summary>
/// <param name="ProcedureId">The procedure the history belongs to ("N" format), or null when none runs.</param>
/// <param name="GuideLinesCelsius">Horizontal guide lines (0, −20, −40 °C).</param>
/// <param name="SampleIntervalMilliseconds">Control tick period: one sample per channel per tick.</param>
/// <param name="FullRateMinutes">How far back <c>GetHistory</c> can reach at full rate.</param>
public sealed record TelemetrySeries(
    string? ProcedureId,
    IReadOnlyList<TelemetryChannel> Channels,
    IReadOnlyList<double> GuideLinesCelsius,
    int SampleIntervalMilliseconds,
    double FullRateMinutes);
