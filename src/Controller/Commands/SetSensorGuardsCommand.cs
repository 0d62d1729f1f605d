using CryoWeb.Controller.Safety;

namespace CryoWeb.Controller.Commands;

/// <summary>Sets how the thermal sensors are watched (from the procedure set-up). Replaces the previous set; all or nothing.</summary>
public sealed record SetSensorGuardsCommand(IReadOnlyList<SensorGuard> Guards) : ControllerCommand
{
    /// <summary>A copy of the guards given: the caller's list may change after the command is sent.</summary>
    public IReadOnlyList<SensorGuard> Guards { get; init; } = Guards is null ? [] : [.. Guards];
}
