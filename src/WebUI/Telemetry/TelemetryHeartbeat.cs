namespace CryoWeb.WebUI.Telemetry;

/// <summary>
/// What the hub sends every <see cref="TelemetryHeartbeatSender.Interval"/> while no batch goes out (or while the
/// controller is silent): the console server is alive, and whether the controller still publishes frames. A browser
/// that hears neither a batch nor a heartbeat for 2 s marks its view STALE (network lost); one that hears heartbeats
/// saying the controller is silent marks it STALE too, with the controller as the cause.
/// </summary>
/// <param name="ServerUnixMs">The console server's clock when the heartbeat was built, unix milliseconds.</param>
/// <param name="ControllerPublishing">Frames arrive from the control loop and its watchdog is satisfied.</param>
/// <param name="NewestFrameAgeMilliseconds">How old the newest control frame is; null before the first frame.</param>
public sealed record TelemetryHeartbeat(long ServerUnixMs, bool ControllerPublishing, long? NewestFrameAgeMilliseconds);
