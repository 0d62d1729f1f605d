using CryoWeb.Controller.Safety;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// A thermal sensor as the procedure's set-up had it, kept in the record so the review names it and judges it as the
/// team did: its channel, its name ("TS1 urethra"), its role, its limit and protective action, and the 1-based probes
/// the action applied to (empty = every probe in use).
/// </summary>
public sealed record RecordedSensor(int Channel, string Name, SensorRole Role, double LimitCelsius, ProtectiveAction Action, IReadOnlyList<int> LinkedProbes);
