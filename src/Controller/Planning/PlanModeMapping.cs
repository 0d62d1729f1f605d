using CryoWeb.Controller.Probes;

namespace CryoWeb.Controller.Planning;

/// <summary>
/// A plan file's modes are the console's own (<see cref="ProbeMode"/>) under the names plan files have always used;
/// the planner runs them through the console's <see cref="ProbeController"/>. The enum stays apart only so that a plan
/// file written with numbers (Freeze = 0 in plan files, Off = 0 on the console) keeps its meaning.
/// </summary>
public static class PlanModeMapping
{
    public static ProbeMode ToProbeMode(this PlanMode mode) => mode switch
    {
        PlanMode.Freeze => ProbeMode.Freeze,
        PlanMode.Stick => ProbeMode.Stick,
        PlanMode.PassiveThaw => ProbeMode.PassiveThaw,
        PlanMode.ActiveThaw => ProbeMode.ActiveThaw,
        _ => ProbeMode.Off,
    };

    public static PlanMode ToPlanMode(this ProbeMode mode) => mode switch
    {
        ProbeMode.Freeze => PlanMode.Freeze,
        ProbeMode.Stick => PlanMode.Stick,
        ProbeMode.PassiveThaw => PlanMode.PassiveThaw,
        ProbeMode.ActiveThaw => PlanMode.ActiveThaw,
        _ => PlanMode.Off,
    };
}
