namespace CryoWeb.Controller.Storage;

/// <summary>
/// One preallocated entry of <see cref="WriteQueue"/>: either a sample (values copied into <see cref="Values"/>) or a
/// record to store (<see cref="Record"/>). Owned by the producer until enqueued, then by the writer until released.
/// </summary>
internal sealed class WriteSlot(int maxChannels)
{
    public float[] Values { get; } = new float[maxChannels];

    public int ChannelCount { get; set; }

    public Guid ProcedureId { get; set; }

    public long UtcTicks { get; set; }

    /// <summary>Null for a sample; otherwise the record or command to apply.</summary>
    public object? Record { get; set; }
}
