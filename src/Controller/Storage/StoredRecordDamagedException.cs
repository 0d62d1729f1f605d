namespace CryoWeb.Controller.Storage;

/// <summary>A stored record was read back and does not match its checksum; its content is not returned.</summary>
public sealed class StoredRecordDamagedException : InvalidOperationException
{
    public StoredRecordDamagedException()
    {
    }

    public StoredRecordDamagedException(string message)
        : base(message)
    {
    }

    public StoredRecordDamagedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
