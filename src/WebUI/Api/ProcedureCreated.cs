namespace CryoWeb.WebUI.Api;

/// <summary>Answer to POST /api/procedures: the new procedure, waiting to be started.</summary>
public sealed record ProcedureCreated(bool Accepted, Guid ProcedureId, string Label);
