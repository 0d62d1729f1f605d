using System.Collections.Concurrent;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// The console's recording database (LiteDB 5.0.21, one file, Connection=direct, one instance per process).
/// <para>
/// Producers (<see cref="AppendSample"/>, <see cref="RecordEvent"/>, ...) may call from any thread and never block
/// and never throw on storage trouble: they copy into a bounded queue and return false if it is full, which is counted
/// in <see cref="StorageHealth.DroppedItems"/> and puts the store in the Failed state. ONE dedicated writer thread owns
/// the database: it drains the queue, commits everything pending in one explicit transaction at least every
/// <see cref="StorageOptions.CommitInterval"/> (the chunk being filled included, so a crash loses at most that much),
/// checkpoints every <see cref="StorageOptions.CheckpointInterval"/>, and serves the reads, which therefore return
/// tasks. A failed write leaves the data pending in memory and is retried at every later commit.
/// </para>
/// Opening runs start-up recovery: procedures left Running are marked Interrupted (see <see cref="Opened"/>).
/// </summary>
public sealed partial class ProcedureStore : IDisposable
{
    private readonly TimeProvider _time;
    private readonly ILogger<ProcedureStore> _logger;
    private readonly StorageOptions _options;
    private readonly WriteQueue _queue;
    private readonly HealthTracker _health;
    private readonly StoreIntegrity _integrity;
    private readonly StorageWriter _writer;
    private readonly ConcurrentQueue<StorageRequest> _requests = new();
    private readonly List<StorageRequest> _taken = [];
    private readonly AutoResetEvent _wake = new(false);
    private readonly Lock _lifecycle = new();
    private readonly Thread _thread;
    private readonly string _path;
    private readonly ITimer _commitTimer;
    private readonly ITimer _checkpointTimer;
    private int _commitDue = 1;
    private int _checkpointDue;
    private volatile bool _stopping;
    private volatile bool _halted;

    /// <summary>Opens (or creates) the database file; <paramref name="password"/> encrypts it at rest (AES, LiteDB's own).</summary>
    public ProcedureStore(string path, TimeProvider time, ILogger<ProcedureStore> logger, StorageOptions options, string? password = null)
        : this(() => new LiteDatabase(ConnectionFor(path, password)), path, time, logger, options)
    {
    }

    /// <summary>Seam for tests: any way of opening the database (for example over fault-injecting streams).</summary>
    internal ProcedureStore(Func<LiteDatabase> open, string name, TimeProvider time, ILogger<ProcedureStore> logger, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _time = time;
        _path = name;
        _logger = logger;
        _options = options;
        _queue = new WriteQueue(options.QueueCapacity, options.MaxChannels);
        _health = new HealthTracker(time, _queue);
        _integrity = new StoreIntegrity(_health, logger);
        _writer = new StorageWriter(open, name, options, _health, _integrity, logger);
        _commitTimer = time.CreateTimer(_ => Due(ref _commitDue), null, options.CommitInterval, options.CommitInterval);
        _checkpointTimer = time.CreateTimer(_ => Due(ref _checkpointDue), null, options.CheckpointInterval, options.CheckpointInterval);
        _thread = new Thread(RunWriter) { Name = "CryoWeb storage writer", IsBackground = true };
        _thread.Start();
        _wake.Set();
    }

    /// <summary>
    /// Raised on the writer thread when the store enters the Failed state. The writer starts in the constructor, so
    /// a failure to open may come before anyone subscribes: subscribe, then read <see cref="Health"/>.
    /// </summary>
    public event EventHandler<StorageHealth>? Failed;

    /// <summary>Raised on the writer thread when a commit succeeds again after a failure.</summary>
    public event EventHandler<StorageHealth>? Recovered;

    /// <summary>Current health; reading it allocates nothing (safe to poll from the control thread).</summary>
    public StorageHealth Health => _health.Current;

    /// <summary>Every sample or record refused so far (queue full, too many channels, store disposed); never decreases.</summary>
    public long DroppedItems => _queue.DroppedCount;

    /// <summary>Completes when the database was first opened, with the procedures marked interrupted at start-up.</summary>
    public Task<RecoveryReport> Opened => _writer.Opened;

    /// <summary>Completes with the error when the first attempt to open the database failed (see <see cref="StorageStartup"/>).</summary>
    internal Task<Exception> FirstOpenFailed => _writer.FirstOpenFailed;

    /// <summary>Test hook: raised on the writer thread after each successful commit attempt.</summary>
    internal event Action? Committed;

    /// <summary>Test hook: throws inside the commit transaction, to simulate a failing disk.</summary>
    internal Action? BeforeCommitForTest
    {
        get => _writer.BeforeCommitForTest;
        set => _writer.BeforeCommitForTest = value;
    }

    /// <summary>
    /// Queues one sample of every channel (degrees Celsius, NaN = invalid reading). Copies the values into a
    /// preallocated slot: no allocation, no waiting. False if refused (queue full, too many channels, disposed).
    /// </summary>
    public bool AppendSample(Guid procedureId, DateTimeOffset time, ReadOnlySpan<float> channelCelsius)
    {
        if (_stopping)
        {
            _queue.CountDropped();
            return false;
        }

        if (channelCelsius.Length > _queue.MaxChannels)
        {
            _queue.CountDropped();
            Fail($"sample for {procedureId} has {channelCelsius.Length} channels, more than MaxChannels {_queue.MaxChannels}");
            return false;
        }

        if (!_queue.TryEnqueueSample(procedureId, time.UtcTicks, channelCelsius, out var wasEmpty))
        {
            Fail($"write queue full ({_options.QueueCapacity} slots); items dropped");
            return false;
        }

        if (wasEmpty)
        {
            _wake.Set();
        }

        return true;
    }

    /// <summary>Creates a procedure (state Created, created now). Null if the queue refused it.</summary>
    /// <param name="sensors">The set-up's thermal sensors, kept for the review; none when omitted.</param>
    /// <param name="probeTipChannels">The tip channel of each probe (index 0 = probe 1, -1 for none); none when omitted.</param>
    public ProcedureRecord? CreateProcedure(
        string label, string operatorName, string organ, IReadOnlyList<string> channelNames, IReadOnlyList<RecordedSensor>? sensors = null, IReadOnlyList<int>? probeTipChannels = null)
    {
        var procedure = new ProcedureRecord
        {
            Id = Guid.NewGuid(),
            Label = label,
            Operator = operatorName,
            Organ = organ,
            ChannelNames = channelNames.ToArray(),
            Sensors = sensors?.ToArray() ?? [],
            ProbeTipChannels = probeTipChannels?.ToArray() ?? [],
            CreatedAt = _time.GetUtcNow(),
        };
        return Enqueue(procedure) ? procedure : null;
    }

    /// <summary>Marks a procedure Running, started now (a second start keeps the first start time).</summary>
    public bool StartProcedure(Guid procedureId) => Enqueue(new ProcedureTransition(procedureId, ProcedureState.Running, _time.GetUtcNow()));

    /// <summary>Marks a procedure Finished, ended now; its last chunk is completed.</summary>
    public bool FinishProcedure(Guid procedureId) => Enqueue(new ProcedureTransition(procedureId, ProcedureState.Finished, _time.GetUtcNow()));

    /// <summary>Marks a procedure reviewed, which makes it eligible for retention.</summary>
    public bool MarkReviewed(Guid procedureId) => Enqueue(new ProcedureTransition(procedureId, null, _time.GetUtcNow()));

    public bool RecordEvent(AuditEvent auditEvent) => Enqueue(auditEvent);

    public bool RecordAlarm(StoredAlarmEvent entry) => Enqueue(entry);

    public bool SaveUser(UserRecord user) => Enqueue(user);

    public bool SaveSetting(string key, string value) => Enqueue(new SettingValue(key, value));

    /// <summary>
    /// Completes when everything queued before the call is committed (true), or when that commit failed (false:
    /// the data stays pending and is retried).
    /// </summary>
    public Task<bool> FlushAsync() => Request((_, committed) => committed);

    public Task<ProcedureRecord?> GetProcedureAsync(Guid procedureId) => Read(db => StoreQueries.GetProcedure(db, _integrity, procedureId));

    /// <summary>All procedures, newest first.</summary>
    public Task<IReadOnlyList<ProcedureRecord>> ListProceduresAsync() => Read(db => StoreQueries.ListProcedures(db, _integrity));

    /// <summary>Sample rows with <paramref name="from"/> &lt;= time &lt; <paramref name="to"/>, in time order, NaN where invalid.</summary>
    public Task<IReadOnlyList<SampleRow>> ReadSamplesAsync(Guid procedureId, DateTimeOffset from, DateTimeOffset to) =>
        Read(db => StoreQueries.ReadSamples(db, _integrity, procedureId, from, to));

    public Task<IReadOnlyList<AuditEvent>> ReadEventsAsync(Guid procedureId) => Read(db => StoreQueries.ReadEvents(db, _integrity, procedureId));

    public Task<IReadOnlyList<StoredAlarmEvent>> ReadAlarmsAsync(Guid procedureId) => Read(db => StoreQueries.ReadAlarms(db, _integrity, procedureId));

    public Task<UserRecord?> GetUserAsync(string userName) => Read(db => StoreQueries.GetUser(db, _integrity, userName));

    public Task<IReadOnlyList<UserRecord>> ListUsersAsync() => Read(db => StoreQueries.ListUsers(db, _integrity));

    public Task<string?> GetSettingAsync(string key) => Read(db => StoreQueries.GetSetting(db, _integrity, key));

    /// <summary>
    /// Deletes procedures that ended more than <paramref name="keepFor"/> ago AND were reviewed, with their samples,
    /// events, alarms and attachments; unreviewed ones are kept and counted. Runs after a commit of everything queued
    /// before it.
    /// </summary>
    public Task<RetentionReport> ApplyRetentionAsync(TimeSpan keepFor)
    {
        var cutoff = _time.GetUtcNow() - keepFor;
        return Request((writer, committed) =>
        {
            if (!committed)
            {
                throw new StorageUnavailableException("Retention skipped: pending data could not be committed: " + _health.Current.Reason);
            }

            var report = writer.WriteNow(db => StoreRetention.Apply(db, _integrity, cutoff));
            StorageLog.Retention(_logger, report.DeletedProcedures, report.KeptUnreviewed);
            return report;
        });
    }

    /// <summary>Test hook: counts the documents of a collection (chunks, for instance).</summary>
    internal Task<int> CountDocumentsAsync(string collection) => Read(db => db.GetCollection(collection).Count());

    private static ConnectionString ConnectionFor(string path, string? password) => new()
    {
        Filename = path,
        Connection = ConnectionType.Direct,
        Password = password,
    };

    private bool Enqueue(object record)
    {
        if (_stopping)
        {
            _queue.CountDropped();
            return false;
        }

        if (!_queue.TryEnqueueRecord(record, out var wasEmpty))
        {
            Fail($"write queue full ({_options.QueueCapacity} slots); items dropped");
            return false;
        }

        if (wasEmpty)
        {
            _wake.Set();
        }

        return true;
    }

    private Task<T> Read<T>(Func<LiteDatabase, T> query) => Request((writer, _) => writer.Read(query));

    private Task<T> Request<T>(Func<StorageWriter, bool, T> work)
    {
        var request = new StorageRequest<T>(work);
        lock (_lifecycle)
        {
            if (_stopping)
            {
                request.Abandon(new ObjectDisposedException(nameof(ProcedureStore)));
                return request.Task;
            }

            _requests.Enqueue(request);
        }

        _wake.Set();
        return request.Task;
    }

    private void Fail(string reason)
    {
        if (_health.Fail(reason))
        {
            _wake.Set();
        }
    }

    private void Due(ref int flag)
    {
        Volatile.Write(ref flag, 1);
        _wake.Set();
    }
}
