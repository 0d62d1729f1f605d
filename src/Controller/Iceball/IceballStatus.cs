namespace CryoWeb.Controller.Iceball;

/// <summary>The live estimator's state, what to tell the user about it, and its latest estimate (null until one exists).</summary>
public sealed record IceballStatus(IceballState State, string Message, Guid? ProcedureId, IceballEstimate? Estimate)
{
    public static IceballStatus Idle { get; } = new(IceballState.NoProcedure, "No procedure is running.", null, null);
}
