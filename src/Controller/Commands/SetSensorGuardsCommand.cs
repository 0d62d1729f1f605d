using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Safety;

namespace CryoWeb.Controller.Commands;

/// <summary>Sets how the thermal sensors are watched (from the procedure set-up). Replaces the previous set; all or nothing.</summary>
public sealed class SetSensorGuardsCommand(IReadOnlyList<SensorGuard> guards) : ControllerCommand
{
    public IReadOnlyList<SensorGuard> Guards { get; } = guards;

    internal override CommandOutcome Execute(ControlCore core, DateTimeOffset now)
    {
        int channels = core.Plant.Channels.Count;
        for (int i = 0; i < Guards.Count; i++)
        {
            var guard = Guards[i];
            string key = $"sensors[{i}]";
            if (guard is null)
            {
                return CommandOutcome.Refused($"{key}: missing.");
            }

            if (guard.Channel < 0 || guard.Channel >= channels || core.Plant.Channels[guard.Channel].IsProbeTip)
            {
                return CommandOutcome.Refused($"{key}.channel: {guard.Channel} is not a thermal sensor channel.");
            }

            if (Guards.Take(i).Any(g => g.Channel == guard.Channel))
            {
                return CommandOutcome.Refused($"{key}.channel: channel {guard.Channel} is listed twice.");
            }

            if (!Enum.IsDefined(guard.Role) || !Enum.IsDefined(guard.Action))
            {
                return CommandOutcome.Refused($"{key}: unknown role or protective action.");
            }

            if (guard.Role == SensorRole.CriticalStructure && !(guard.LimitCelsius is >= -40 and <= 40))
            {
                return CommandOutcome.Refused($"{key}.limitCelsius: a critical-structure limit must be -40 to 40 C, not {guard.LimitCelsius}.");
            }

            int missing = guard.LinkedProbes.FirstOrDefault(p => p < 0 || p >= core.Probes.Count, int.MinValue);
            if (missing != int.MinValue)
            {
                // Stored zero-based, named as the operator numbers probes.
                return CommandOutcome.Refused($"{key}.linkedProbes: there is no probe {(long)missing + 1}; probes are 1 to {core.Probes.Count}.");
            }
        }

        core.SetGuards(Guards);
        return CommandOutcome.Ok;
    }
}
