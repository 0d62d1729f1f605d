using Microsoft.Extensions.Configuration;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// The "Storage" configuration section: where the records are, their key, how long they are kept, and the tuning of
/// <see cref="ProcedureStore"/>. Defaults follow DESIGN.md: commit every second, checkpoint every minute, 10-s sample
/// chunks. Checked at start-up (<see cref="StorageOptionsValidator"/>); <see cref="Problem"/> names the bad key.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Longest retention that can be configured (100 years): anything longer is a typo.</summary>
    public const int MaxRetentionDays = 36_500;

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
        if (configuration[$"{SectionName}:DatabasePath"] is { Length: > 0 } configured)
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

    /// <summary>
    /// <c>Storage:DatabasePath</c> as configured (empty: the default); <see cref="DatabasePath(IConfiguration)"/> turns it
    /// into the file actually used.
    /// </summary>
    [ConfigurationKeyName("DatabasePath")]
    public string? ConfiguredDatabasePath { get; set; }

    /// <summary><c>Storage:Password</c>, the database key when it is not a systemd credential (see <see cref="DatabaseKeySource"/>).</summary>
    public string? Password { get; set; }

    /// <summary>
    /// Reviewed procedures older than this many days are deleted once a day (see Procedures.RetentionService); 0, the
    /// default, keeps everything. A whole number of days from 0 to <see cref="MaxRetentionDays"/>.
    /// </summary>
    public int RetentionDays { get; set; }

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
        foreach (var (ok, key, value, rule) in Rules())
        {
            if (!ok)
            {
                throw new ArgumentOutOfRangeException($"{SectionName}:{key}", value, $"{SectionName}:{key} {rule}.");
            }
        }
    }

    /// <summary>The first setting out of range, as "Storage:Key: value rule."; null when all are usable.</summary>
    public string? Problem()
    {
        foreach (var (ok, key, value, rule) in Rules())
        {
            if (!ok)
            {
                return $"{SectionName}:{key}: {value} {rule}.";
            }
        }

        return null;
    }

    private IEnumerable<(bool Ok, string Key, object Value, string Rule)> Rules()
    {
        yield return (RetentionDays is >= 0 and <= MaxRetentionDays, nameof(RetentionDays), RetentionDays, $"must be 0 (keep everything) to {MaxRetentionDays} days");
        yield return (CommitInterval > TimeSpan.Zero && CommitInterval <= MaxCommitInterval, nameof(CommitInterval), CommitInterval, "must be above 0 and at most 1 s");
        yield return (CheckpointInterval > TimeSpan.Zero, nameof(CheckpointInterval), CheckpointInterval, "must be above 0");
        yield return (ChunkLength > TimeSpan.Zero && ChunkLength <= MaxChunkLength, nameof(ChunkLength), ChunkLength, "must be above 0 and at most 60 s");
        yield return (MaxRowsPerChunk is >= 1 and <= 100_000, nameof(MaxRowsPerChunk), MaxRowsPerChunk, "must be 1..100000");
        yield return (QueueCapacity is >= 1 and <= 1_000_000, nameof(QueueCapacity), QueueCapacity, "must be 1..1000000");
        yield return (MaxChannels is >= 1 and <= 1024, nameof(MaxChannels), MaxChannels, "must be 1..1024");
        long chunkBytes = (long)MaxRowsPerChunk * (sizeof(int) + (MaxChannels * sizeof(short)));
        yield return (chunkBytes <= DocumentSizeGuard.MaxDocumentBytes, nameof(MaxRowsPerChunk), MaxRowsPerChunk,
            $"times MaxChannels ({MaxChannels}) makes a sample chunk of {chunkBytes} bytes, over the {DocumentSizeGuard.MaxDocumentBytes} a stored document may have; lower one of them");
    }
}
