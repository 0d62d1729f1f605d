using LiteDB;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// File-level work on a recording database that is not open in this process: a durable copy, a read-only look
/// inside (to check that a backup opens with the key and holds records), and the replacement of the live file by a
/// backup that keeps the replaced one.
/// </summary>
public static class DatabaseFiles
{
    /// <summary>LiteDB's write-ahead log beside the data file (folded into it at a checkpoint).</summary>
    public static string LogFileOf(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(databasePath) ?? ".", Path.GetFileNameWithoutExtension(databasePath) + "-log" + Path.GetExtension(databasePath));

    /// <summary>Copies through a temporary file in the target's folder, flushed to disk, then renamed over the target.</summary>
    /// <returns>Bytes copied.</returns>
    public static long CopyDurably(string source, string target)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".";
        Directory.CreateDirectory(folder);
        string temporary = Path.Combine(folder, "." + Path.GetFileName(target) + ".partial");
        try
        {
            long bytes;
            using (var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            using (var to = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                from.CopyTo(to);
                to.Flush(flushToDisk: true);
                bytes = to.Length;
            }

            File.Move(temporary, target, overwrite: true);
            return bytes;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Opens <paramref name="path"/> read-only with <paramref name="password"/> and counts what it holds.</summary>
    /// <exception cref="InvalidDataException">The file is not a recording database, or the key does not open it.</exception>
    public static DatabaseSummary Inspect(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"'{path}' does not exist.", path);
        }

        try
        {
            using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true, Password = password });
            var procedures = db.GetCollection(StoreCollections.Procedures);
            int count = procedures.Count();
            var newest = count == 0 ? null : StoredValues.FromBsonOrNull(procedures.Max("$.Started"));
            return new DatabaseSummary(
                count,
                db.GetCollection(StoreCollections.Users).Count(),
                db.GetCollection(StoreCollections.Chunks).Count(),
                newest,
                new FileInfo(path).Length);
        }
        catch (LiteException e)
        {
            throw new InvalidDataException($"'{path}' cannot be opened as a CryoWeb database with the configured key ({e.Message}).", e);
        }
    }

    /// <summary>
    /// Moves the database at <paramref name="databasePath"/> (and its log) aside as
    /// <c>NAME.before-restore-yyyyMMddTHHmmssZ.db</c>, then copies <paramref name="backupPath"/> in its place durably.
    /// Check the backup with <see cref="Inspect"/> first. If the copy fails, the moved database is put back.
    /// </summary>
    /// <returns>Where the replaced database was kept; null when there was none.</returns>
    public static string? ReplaceWith(string backupPath, string databasePath, DateTimeOffset now)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? ".";
        string stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        string kept = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(databasePath)}.before-restore-{stamp}{Path.GetExtension(databasePath)}");
        bool hadDatabase = File.Exists(databasePath);
        bool hadLog = File.Exists(LogFileOf(databasePath));
        if (hadDatabase)
        {
            File.Move(databasePath, kept);
        }

        if (hadLog)
        {
            File.Move(LogFileOf(databasePath), LogFileOf(kept));
        }

        try
        {
            CopyDurably(backupPath, databasePath);
        }
        catch
        {
            if (hadDatabase)
            {
                File.Move(kept, databasePath, overwrite: true);
            }

            if (hadLog)
            {
                File.Move(LogFileOf(kept), LogFileOf(databasePath), overwrite: true);
            }

            throw;
        }

        return hadDatabase ? kept : null;
    }
}
