using CryoWeb.Controller.Safety;

namespace CryoWeb.Controller.Setup;

/// <summary>A thermal sensor in use: its channel, its name for this procedure ("TS1 urethra"), and how it is watched.</summary>
/// <param name="LinkedProbes">1-based probes its protective action applies to; empty = every probe in use.</param>
public sealed record SensorSetup(int Channel, string Name, SensorRole Role, double LimitCelsius, ProtectiveAction Action, IReadOnlyList<int> LinkedProbes);
