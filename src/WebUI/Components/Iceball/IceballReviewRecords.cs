using CryoWeb.Controller.Iceball;

namespace CryoWeb.WebUI.Components.Iceball;

/// <summary>What <see cref="IceballReview"/> read for one procedure: carried from the prerendered page into the circuit.</summary>
public sealed record IceballReviewRecords(Guid ProcedureId, IceballPlan? Plan, IceballEstimate? Estimate, IceballEstimate? Peak, IReadOnlyList<string> Unreadable);
