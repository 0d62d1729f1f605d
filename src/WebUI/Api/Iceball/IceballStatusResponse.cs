using CryoWeb.Controller.Iceball;

namespace CryoWeb.WebUI.Api.Iceball;

/// <summary>GET /api/iceball: the estimator's state and latest estimate, and the CPU time it has used so far (s).</summary>
public sealed record IceballStatusResponse(IceballState State, string Message, Guid? ProcedureId, IceballEstimate? Estimate, double EstimatorBusySeconds);
