namespace CryoWeb.Controller.Iceball;

/// <summary>A layout handed to the estimator for a procedure, waiting for its thread (swapped in without a lock).</summary>
internal sealed record PendingLayout(Guid Procedure, IceballLayout Layout);
