using System.Globalization;
using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Protocols;

namespace CryoWeb.WebUI.Components.Pages.Plan;

/// <summary>
/// A predicted iceball shown on the plan page: simulated here (<see cref="Speed"/> says how fast), or the plan
/// already saved with the procedure (<see cref="SavedBy"/>). It can be saved only for the layout and protocol it was
/// predicted for (<see cref="IsFor"/>).
/// </summary>
public sealed record PlanPrediction(
    IceballLayout Layout,
    ProtocolDefinition Protocol,
    IReadOnlyList<IceballPlanPoint> Timeline,
    IceballEstimate Peak,
    string? Speed,
    string? SavedBy)
{
    public static PlanPrediction Simulated(IceballLayout layout, ProtocolDefinition protocol, IceballPlanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string speed = string.Create(
            CultureInfo.InvariantCulture,
            $"{result.SimulatedSeconds / 60:0.#} min simulated in {result.WallSeconds:0.#} s, {result.RealTimeFactor:0}x real time");
        return new PlanPrediction(layout, protocol, result.Timeline, result.Peak, speed, null);
    }

    public static PlanPrediction Saved(IceballPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        string by = string.Create(CultureInfo.InvariantCulture, $"{plan.CreatedBy} at {plan.CreatedAt:yyyy-MM-dd HH:mm} UTC");
        return new PlanPrediction(plan.Layout, plan.Protocol, plan.Timeline, plan.Peak, null, by);
    }

    /// <summary>
    /// Whether this prediction is for exactly <paramref name="layout"/> and <paramref name="protocol"/>. Compared item by
    /// item: the records' list members compare by reference.
    /// </summary>
    public bool IsFor(IceballLayout? layout, ProtocolDefinition? protocol) =>
        layout is not null && protocol is not null
        && Layout.Target == layout.Target
        && Layout.Probes.SequenceEqual(layout.Probes)
        && (Layout.Sensors ?? []).SequenceEqual(layout.Sensors ?? [])
        && SameProtocol(Protocol, protocol);

    /// <summary>Same name and the same steps in the same order.</summary>
    public static bool SameProtocol(ProtocolDefinition a, ProtocolDefinition b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Name == b.Name && a.Steps.SequenceEqual(b.Steps);
    }
}
