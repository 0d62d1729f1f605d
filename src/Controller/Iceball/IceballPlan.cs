using CryoWeb.Controller.Protocols;

namespace CryoWeb.Controller.Iceball;

/// <summary>
/// A plan as saved with its procedure: the layout, the protocol every placed probe runs, the predicted isotherms over
/// time, and the predicted iceball at its largest (the end of the last freeze), pictured like a live estimate.
/// </summary>
public sealed record IceballPlan(
    IceballLayout Layout,
    ProtocolDefinition Protocol,
    IReadOnlyList<IceballPlanPoint> Timeline,
    IceballEstimate Peak,
    DateTimeOffset CreatedAt,
    string CreatedBy)
{
    public const string Kind = "plan";
}
