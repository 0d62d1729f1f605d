using CryoWeb.Controller.Iceball;

namespace CryoWeb.WebUI.Api.Iceball;

/// <summary>GET /api/procedures/{id}/iceball: the saved plan and the last recorded estimate.</summary>
public sealed record IceballRecordResponse(IceballPlan? Plan, IceballEstimate? Estimate);
