namespace CryoWeb.Controller.Storage;

/// <summary>Queued change of a procedure: started, finished or marked reviewed (<see cref="State"/> null).</summary>
internal sealed record ProcedureTransition(Guid ProcedureId, ProcedureState? State, DateTimeOffset Time);
