namespace CryoWeb.Controller.Storage;

/// <summary>What a recording database file holds, read without changing it (e.g. to check a backup).</summary>
/// <param name="NewestProcedureStartedAt">Start of the newest procedure (UTC); null when there is none.</param>
public sealed record DatabaseSummary(int Procedures, int Users, int SampleChunks, DateTimeOffset? NewestProcedureStartedAt, long Bytes);
