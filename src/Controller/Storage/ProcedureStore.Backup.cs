namespace CryoWeb.Controller.Storage;

/// <summary>Backups of the open database, made on the writer thread so no write can land half-way through the copy.</summary>
public sealed partial class ProcedureStore
{
    /// <summary>
    /// Commits everything queued, checkpoints (the log is folded into the data file and flushed), then copies the data
    /// file to <paramref name="destination"/> (through a temporary file, flushed, then renamed, so a destination that
    /// exists is either the old or the complete new copy). The copy keeps the database's encryption. Writes queued
    /// meanwhile wait in the queue and are committed after the copy.
    /// </summary>
    /// <exception cref="StorageUnavailableException">Pending data could not be committed or checkpointed.</exception>
    /// <exception cref="IOException">The copy could not be written (the destination is left as it was).</exception>
    public Task<long> BackupToAsync(string destination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        string target = Path.GetFullPath(destination);
        return Request((writer, committed) =>
        {
            if (!committed)
            {
                throw new StorageUnavailableException("Backup not made: pending data could not be committed: " + _health.Current.Reason);
            }

            if (!writer.TryCheckpoint())
            {
                throw new StorageUnavailableException("Backup not made: the checkpoint failed: " + _health.Current.Reason);
            }

            return DatabaseFiles.CopyDurably(_path, target);
        });
    }
}
