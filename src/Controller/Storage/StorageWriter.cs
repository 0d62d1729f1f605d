using LiteDB;
using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// Everything that touches LiteDB, used ONLY on the store's writer thread (reads included: LiteDB 5.0.x has races
/// between concurrent transactions, and this class may close and reopen the database after a failure).
/// Queued items are applied to in-memory pending state; <see cref="TryCommit"/> writes all of it in ONE explicit
/// transaction. Every write is an upsert by a fixed id, so after a failed commit the same state is simply written
/// again: nothing is lost or duplicated, and nothing is forgotten until a commit that contained it succeeded.
/// </summary>
internal sealed class StorageWriter(Func<LiteDatabase> open, string name, StorageOptions options, HealthTracker health, StoreIntegrity integrity, ILogger logger) : IDisposable
{
    private readonly SampleChunkSet _chunks = new(options);
    private readonly List<object> _pending = [];
    private readonly PendingAttachmentSet _attachments = new();
    private readonly TaskCompletionSource<RecoveryReport> _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<Exception> _firstOpenFailed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LiteDatabase? _db;

    /// <summary>Completes once the database was opened and start-up recovery ran.</summary>
    public Task<RecoveryReport> Opened => _opened.Task;

    /// <summary>Completes with the error if the very first open failed (later attempts may still succeed).</summary>
    public Task<Exception> FirstOpenFailed => _firstOpenFailed.Task;

    /// <summary>Test hook: runs inside the commit transaction just before LiteDB's Commit.</summary>
    public Action? BeforeCommitForTest { get; set; }

    /// <summary>Queued items not yet committed: records plus sample rows (what a crash now would lose).</summary>
    public long UncommittedItems => _pending.Count + _attachments.Count + _chunks.UnwrittenRows;

    /// <summary>Applies one drained queue slot to the pending state (no I/O).</summary>
    public void Apply(WriteSlot slot)
    {
        switch (slot.Record)
        {
            case null:
                _chunks.Append(slot.ProcedureId, slot.UtcTicks, slot.Values.AsSpan(0, slot.ChannelCount));
                break;
            case ProcedureTransition { State: ProcedureState.Finished or ProcedureState.Interrupted } end:
                _chunks.Complete(end.ProcedureId);
                _pending.Add(end);
                break;
            case ProcedureTransition:
                _pending.Add(slot.Record);
                break;
            case ProcedureRecord p:
                Hold(StoreCollections.Procedures, ProcedureDocument.ToBson(p));
                break;
            case AuditEvent e:
                Hold(StoreCollections.Events, AuditEventDocument.ToBson(e));
                break;
            case StoredAlarmEvent a:
                Hold(StoreCollections.Alarms, AlarmLogDocument.ToBson(a));
                break;
            case UserRecord u:
                Hold(StoreCollections.Users, UserDocument.ToBson(u));
                break;
            case ProcedureAttachment a:
                _attachments.Hold(a);
                break;
            case SettingValue s:
                Hold(StoreCollections.Settings, new BsonDocument { ["_id"] = s.Key, ["Value"] = s.Value });
                break;
            default:
                throw new InvalidOperationException($"Unknown queued record {slot.Record.GetType().Name}");
        }
    }

    /// <summary>Opens the database if needed and commits all pending state. False (and Failed health) on any error.</summary>
    public bool TryCommit()
    {
        if (!TryEnsureOpen(out var db))
        {
            return false;
        }

        if (_pending.Count == 0 && _attachments.Count == 0 && !_chunks.HasUnwritten)
        {
            return true;
        }

        try
        {
            db.BeginTrans();
            foreach (var item in _pending)
            {
                WritePending(db, item);
            }

            _attachments.WriteAll(db, logger);

            _chunks.WriteUnwritten(db.GetCollection(StoreCollections.Chunks));
            BeforeCommitForTest?.Invoke();
            db.Commit();
        }
#pragma warning disable CA1031 // Whatever failed, the data stays pending and the database is reopened for the retry.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Broken("commit", ex);
            return false;
        }

        _pending.Clear();
        _attachments.Clear();
        _chunks.MarkWritten();
        return true;
    }

    /// <summary>Copies the log into the data file and flushes it to disk (LiteDB does not fsync on commit).</summary>
    public bool TryCheckpoint()
    {
        if (!TryEnsureOpen(out var db))
        {
            return false;
        }

        try
        {
            db.Checkpoint();
            return true;
        }
#pragma warning disable CA1031 // A failed checkpoint is a storage failure like any other; the writer keeps going.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Broken("checkpoint", ex);
            return false;
        }
    }

    /// <summary>Runs a query on the open database. I/O errors close it (reopened at the next commit) and are rethrown.</summary>
    public T Read<T>(Func<LiteDatabase, T> query)
    {
        if (!TryEnsureOpen(out var db))
        {
            throw new StorageUnavailableException("Recording database unavailable: " + health.Current.Reason);
        }

        try
        {
            return query(db);
        }
        catch (Exception ex) when (ex is IOException or LiteException)
        {
            Broken("read", ex);
            throw;
        }
    }

    /// <summary>Runs a write outside the regular commit (retention) in its own transaction; failures are rethrown.</summary>
    public T WriteNow<T>(Func<LiteDatabase, T> write)
    {
        return Read(db =>
        {
            db.BeginTrans();
            try
            {
                var result = write(db);
                db.Commit();
                return result;
            }
            catch
            {
                TryRollback(db);
                throw;
            }
        });
    }

    public void Dispose() => Close();

    private bool TryEnsureOpen(out LiteDatabase db)
    {
        if (_db is null)
        {
            try
            {
                _db = open();
                if (!_opened.Task.IsCompleted)
                {
                    StoreSchema.VerifyRecords(_db, integrity);
                }

                StoreSchema.EnsureIndexes(_db);
                if (!_opened.Task.IsCompleted)
                {
                    var report = StoreSchema.MarkInterrupted(_db, integrity, logger);
                    _opened.TrySetResult(report);
                }

                StorageLog.Opened(logger, name);
            }
#pragma warning disable CA1031 // Could not open: stay failed and try again at the next commit.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                if (!_opened.Task.IsCompleted)
                {
                    _firstOpenFailed.TrySetResult(ex);
                }

                Broken("open", ex);
                db = null!;
                return false;
            }
        }

        db = _db;
        return true;
    }

    /// <summary>Holds a record for the next commit once it fits what LiteDB stores (see <see cref="DocumentSizeGuard"/>).</summary>
    private void Hold(string collection, BsonDocument document)
    {
        if (DocumentSizeGuard.Fit(document, collection, mayCutTexts: true, logger) is { } fitting)
        {
            _pending.Add(new PendingDocument(collection, fitting));
        }
    }

    private void WritePending(LiteDatabase db, object item)
    {
        switch (item)
        {
            case PendingDocument d:
                db.GetCollection(d.Collection).Upsert(DocumentSeal.Apply(d.Document));
                break;
            case ProcedureTransition t:
                var procedures = db.GetCollection(StoreCollections.Procedures);
                var doc = procedures.FindById(t.ProcedureId);
                if (doc is null)
                {
                    StorageLog.UnknownProcedure(logger, t.State?.ToString() ?? "Reviewed", t.ProcedureId);
                    break;
                }

                // A damaged procedure is not rewritten: a new checksum over what was read would vouch for the damage.
                if (integrity.Intact(doc, StoreCollections.Procedures) is null)
                {
                    break;
                }

                procedures.Update(DocumentSeal.Apply(ProcedureDocument.ToBson(Transition(ProcedureDocument.FromBson(doc), t))));
                break;
        }
    }

    private static ProcedureRecord Transition(ProcedureRecord p, ProcedureTransition t) => t.State switch
    {
        null => p with { Reviewed = true },
        ProcedureState.Running => p with { State = ProcedureState.Running, StartedAt = p.StartedAt ?? t.Time },
        ProcedureState s => p with { State = s, EndedAt = t.Time },
    };

    private void Broken(string operation, Exception ex)
    {
        StorageLog.WriteFailed(logger, ex, operation);
        health.Fail($"{operation} failed: {ex.GetType().Name}: {ex.Message}");
        Close();
    }

    private void Close()
    {
        if (_db is not { } db)
        {
            return;
        }

        _db = null;
        TryRollback(db);
        if (!LiteDbTransactionFinalizers.Suppress(db))
        {
            StorageLog.WorkaroundMissing(logger);
        }

        try
        {
            db.Dispose();
        }
#pragma warning disable CA1031 // A broken database may throw while closing; it is reopened anyway.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            StorageLog.CloseFailed(logger, ex);
        }
    }

    private static void TryRollback(LiteDatabase db)
    {
        try
        {
            db.Rollback();
        }
#pragma warning disable CA1031 // Nothing to roll back, or the engine is already closed: either way the database is discarded.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
