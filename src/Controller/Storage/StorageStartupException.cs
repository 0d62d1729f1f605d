namespace CryoWeb.Controller.Storage;

/// <summary>
/// The recording database cannot be used, found at start-up (missing or empty where one existed, unreadable, wrong
/// key, in use by another process): the console stops with this message instead of starting afresh or half-started.
/// </summary>
public sealed class StorageStartupException : IOException
{
    public StorageStartupException()
    {
    }

    public StorageStartupException(string message)
        : base(message)
    {
    }

    public StorageStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
