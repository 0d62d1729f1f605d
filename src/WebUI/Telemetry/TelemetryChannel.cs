namespace CryoWeb.WebUI.Telemetry;

/// <summary>One chart series: a thermocouple channel.</summary>
/// <param name="Name">Wiring name, stable for the life of the console ("Probe 1 tip", "TS1 margin").</param>
/// <param name="Label">What the running procedure calls it ("TS1 urethra"); the wiring name when none is given.</param>
/// <param name="Probe">1-based probe number when the channel is that probe's tip, else null.</param>
/// <param name="InUse">Shown on the chart: the tip of a probe in the running procedure or one of its sensors; every
/// channel when no procedure runs (as the tiles).</param>
public sealed record TelemetryChannel(int Channel, string Name, string Label, bool IsProbeTip, int? Probe, bool InUse = true);
