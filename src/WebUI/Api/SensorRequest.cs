using CryoWeb.Controller.Setup;
using CryoWeb.Controller.Safety;

namespace CryoWeb.WebUI.Api;

/// <summary>One thermal sensor in a procedure set-up (see <see cref="SensorSetup"/>).</summary>
/// <param name="LinkedProbes">1-based probes its protective action applies to; none = every probe in use.</param>
public sealed record SensorRequest(int? Channel, string? Name, SensorRole? Role, double? LimitCelsius, ProtectiveAction? Action, IReadOnlyList<int>? LinkedProbes)
{
    /// <summary>Null when the fields the set-up needs are present, else "sensors[i].field: what is missing".</summary>
    public string? Missing(int index)
    {
        string key = $"sensors[{index}]";
        return (Channel, Role, LimitCelsius, Action) switch
        {
            (null, _, _, _) => $"{key}.channel: required.",
            (_, null, _, _) => $"{key}.role: required, one of {string.Join(", ", Enum.GetNames<SensorRole>())}.",
            (_, SensorRole.CriticalStructure, null, _) => $"{key}.limitCelsius: required for a critical structure.",
            (_, SensorRole.CriticalStructure, _, null) => $"{key}.action: required for a critical structure, one of {string.Join(", ", Enum.GetNames<ProtectiveAction>())}.",
            _ => null,
        };
    }

    public SensorSetup ToSetup() =>
        new(Channel ?? -1, Name ?? string.Empty, Role ?? SensorRole.None, LimitCelsius ?? 0, Action ?? ProtectiveAction.AlarmOnly, LinkedProbes ?? []);
}
