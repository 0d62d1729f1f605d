namespace CryoWeb.Controller.Storage;

/// <summary>
/// What <see cref="ProcedureStore.ApplyRetentionAsync"/> did. <see cref="KeptUnreviewed"/> counts procedures old
/// enough to remove that were kept because nobody has reviewed them.
/// </summary>
public sealed record RetentionReport(int DeletedProcedures, int DeletedChunks, int DeletedEvents, int DeletedAlarms, int DeletedAttachments, int KeptUnreviewed);
