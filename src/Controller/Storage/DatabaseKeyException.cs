namespace CryoWeb.Controller.Storage;

/// <summary>The database key was configured but cannot be used (an empty or unreadable credential file): start-up stops.</summary>
public sealed class DatabaseKeyException : InvalidOperationException
{
    public DatabaseKeyException()
    {
    }

    public DatabaseKeyException(string message)
        : base(message)
    {
    }

    public DatabaseKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
