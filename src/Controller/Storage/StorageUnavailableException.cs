namespace CryoWeb.Controller.Storage;

/// <summary>A read or retention could not run because the database is not open (see <see cref="ProcedureStore.Health"/>).</summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
