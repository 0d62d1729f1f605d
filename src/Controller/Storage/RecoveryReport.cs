namespace CryoWeb.Controller.Storage;

/// <summary>What opening the database found: the procedures that were running when the console last stopped.</summary>
public sealed record RecoveryReport(IReadOnlyList<Guid> InterruptedProcedures);
