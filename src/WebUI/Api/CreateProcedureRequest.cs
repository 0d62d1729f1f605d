using CryoWeb.Controller.Setup;
using CryoWeb.Controller.Contract;

namespace CryoWeb.WebUI.Api;

/// <summary>Body of POST /api/procedures: the set-up of a new procedure.</summary>
/// <param name="ProbesInUse">1-based probe numbers.</param>
public sealed record CreateProcedureRequest(string? Label, string? Organ, IReadOnlyList<int>? ProbesInUse, IReadOnlyList<SensorRequest>? Sensors)
{
    /// <summary>The set-up, or the reason ("field: what is wrong") it cannot be one for <paramref name="console"/>.</summary>
    public (ProcedureSetup? Setup, string? Problem) ToSetup(ConsoleDescription console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var sensors = Sensors ?? [];
        for (int i = 0; i < sensors.Count; i++)
        {
            if (sensors[i] is null)
            {
                return (null, $"sensors[{i}]: a sensor is needed, not null.");
            }

            if (sensors[i].Missing(i) is string missing)
            {
                return (null, missing);
            }
        }

        var setup = new ProcedureSetup(Label ?? string.Empty, Organ ?? string.Empty, ProbesInUse ?? [], [.. sensors.Select(s => s.ToSetup())]);
        return setup.Problem(console) is string problem ? (null, problem) : (setup, null);
    }
}
