namespace CryoWeb.WebUI.Accounts;

/// <summary>
/// One CryoWeb process at a time on a database file. LiteDB's direct mode does not stop a second process on Linux
/// (its writers share the file), so the console holds "DATABASE.lock" exclusively while it runs and the users command
/// takes it before opening the store: whichever comes second is refused instead of writing the same file.
/// </summary>
public sealed class DatabaseLock : IDisposable
{
    private readonly FileStream _file;

    private DatabaseLock(FileStream file) => _file = file;

    /// <summary>The lock, or null when another process holds it.</summary>
    public static DatabaseLock? TryTake(string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        try
        {
            return new DatabaseLock(new FileStream(databasePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _file.Dispose();
}
