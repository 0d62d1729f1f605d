namespace CryoWeb.Controller.Safety;

/// <summary>How one thermal sensor channel is watched during a procedure.</summary>
/// <param name="Channel">Thermocouple channel index.</param>
/// <param name="Role">Margin or critical structure.</param>
/// <param name="LimitCelsius">Critical structure: the alarm fires when the sensor reads at or below this.</param>
/// <param name="Action">Critical structure: what the controller does by itself.</param>
/// <param name="LinkedProbes">Zero-based probes the action applies to (empty = every probe).</param>
public sealed record SensorGuard(int Channel, SensorRole Role, double LimitCelsius, ProtectiveAction Action, IReadOnlyList<int> LinkedProbes)
{
    /// <summary>Freeze power cap of the Reduce action.</summary>
    public const double ReducedPowerPercent = 50;

    public bool Links(int probe) => LinkedProbes.Count == 0 || LinkedProbes.Contains(probe);
}
