using CryoWeb.Controller.Control;

namespace CryoWeb.WebUI.Tests.Fuzzing;

/// <summary>What a refused request must leave as it was (e-stop, probe modes and powers, protocol states), as text for the failure message.</summary>
internal static class ControllerState
{
    public static string Of(ControlCore core) =>
        $"estop={core.EmergencyStopLatched} " + string.Join(" ", core.Probes.Select((p, i) => $"{p.Mode}/{p.PowerPercent}/{core.Protocols[i].State}"));
}
