namespace CryoWeb.Controller.Storage;

/// <summary>
/// Tuning of <see cref="ProcedureStore"/>. Defaults follow DESIGN.md: commit every second, checkpoint every minute,
/// 10-s sample chunks. Bound from the "Storage" configuration section; <see cref="Validate"/> names the bad key.
/// </summary>
public sealed class StorageOptions
{
    /// <summary>systemd's variable naming the unit's <c>StateDirectory=</c> (e.g. /var/lib/cryoweb).</summary>
    public const string StateDirectoryVariable = "STATE_DIRECTORY";

    /// <summary>The database's file name inside a state directory.</summary>
    public const string DatabaseFileName = "cryoweb.db";

    /// <summary>
    /// The database file the console uses: <c>Storage:DatabasePath</c>; else, under systemd, the unit's state
    /// directory (<c>$STATE_DIRECTORY/cryoweb.db</c>, so an upgrade of the program never touches the records); else the
    /// per-user default. The console, the command-line tools and the database lock all take it from here, so they can
    /// never disagree on the file.
    /// </summary>
    public static string DatabasePath(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        DatabasePath(configuration, Environment.GetEnvironmentVariable);

    /// <param name="environment">Environment-variable lookup (the process environment; a fake in tests).</param>
    public static string DatabasePath(Microsoft.Extensions.Configuration.IConfiguration configuration, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (configuration["Storage:DatabasePath"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        // systemd passes several directories colon-separated when the unit names several; ours names one.
        if (environment(StateDirectoryVariable) is { Length: > 0 } stateDirectories)
        {
            return Path.GetFullPath(Path.Combine(stateDirectories.Split(':')[0], DatabaseFileName));
        }

        return Path.GetFullPath(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "cryoweb", DatabaseFileName));
    }

    /// <summary>Longest allowed commit interval: DESIGN.md requires a commit at least once a second.</summary>
    public static readonly TimeSpan MaxCommitInterval = TimeSpan.FromSeconds(1);

    /// <summary>Longest time one sample chunk may span; reads look this far back for the chunk that holds a time.</summary>
    public static readonly TimeSpan MaxChunkLength = TimeSpan.FromSeconds(60);

    /// <summary>How often pending data is committed (and at most how much is lost when the process dies).</summary>
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromMilliseconds(800);

    /// <summary>How often the write-ahead log is copied into the data file and flushed to disk (fsync).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time span of one stored sample document (all channels).</summary>
    public TimeSpan ChunkLength { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Rows per chunk at most, whatever the sample rate, so one document stays small.</summary>
    public int MaxRowsPerChunk { get; set; } = 1000;

    /// <summary>Slots in the producer queue (samples and records together); a full queue drops and reports.</summary>
    public int QueueCapacity { get; set; } = 4096;

    /// <summary>Most channels one sample may carry; each queue slot preallocates this many values.</summary>
    public int MaxChannels { get; set; } = 64;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        Require(CommitInterval > TimeSpan.Zero && CommitInterval <= MaxCommitInterval, nameof(CommitInterval), CommitInterval, "must be above 0 and at most 1 s");
        Require(CheckpointInterval > TimeSpan.Zero, nameof(CheckpointInterval), CheckpointInterval, "must be above 0");
        Require(ChunkLength > TimeSpan.Zero && ChunkLength <= MaxChunkLength, nameof(ChunkLength), ChunkLength, "must be above 0 and at most 60 s");
        Require(MaxRowsPerChunk is >= 1 and <= 100_000, nameof(MaxRowsPerChunk), MaxRowsPerChunk, "must be 1..100000");
        Require(QueueCapacity is >= 1 and <= 1_000_000, nameof(QueueCapacity), QueueCapacity, "must be 1..1000000");
        Require(MaxChannels is >= 1 and <= 1024, nameof(MaxChannels), MaxChannels, "must be 1..1024");
        long chunkBytes = (long)MaxRowsPerChunk * (sizeof(int) + (MaxChannels * sizeof(short)));
        Require(chunkBytes <= DocumentSizeGuard.MaxDocumentBytes, nameof(MaxRowsPerChunk), MaxRowsPerChunk,
            $"times MaxChannels ({MaxChannels}) makes a sample chunk of {chunkBytes} bytes, over the {DocumentSizeGuard.MaxDocumentBytes} a stored document may have; lower one of them");
    }

    private static void Require(bool ok, string key, object value, string rule)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException("Storage:" + key, value, $"Storage:{key} {rule}.");
        }
    }
}
