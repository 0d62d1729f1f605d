namespace CryoWeb.Controller.Storage;

/// <summary>The writer thread of <see cref="ProcedureStore"/>: the only thread that touches the database.</summary>
public sealed partial class ProcedureStore
{
    /// <summary>
    /// Commits and checkpoints everything queued, closes the database and stops the writer thread; returns when it
    /// has (every call does). Called from a <see cref="Failed"/> or <see cref="Recovered"/> handler, on the writer
    /// thread, it only starts the shutdown, which finishes when the handler returns.
    /// </summary>
    public void Dispose()
    {
        lock (_lifecycle)
        {
            _stopping = true;
        }

        _wake.Set();
        if (Thread.CurrentThread != _thread)
        {
            _thread.Join();
        }

        // _wake is deliberately not disposed: a producer that passed the _stopping check just before Dispose may
        // still call Set(), and that must never throw into it. The event's handle is released by its finalizer.
    }

    /// <summary>
    /// Test hook simulating a crash: the writer thread stops at once, committing nothing more and leaving the
    /// database open and unflushed, exactly as a killed process would leave the files.
    /// </summary>
    internal void HaltWriterForCrashTest()
    {
        _halted = true;
        _wake.Set();
        _thread.Join();
    }

    private void RunWriter()
    {
        while (true)
        {
            _wake.WaitOne();
            if (_halted)
            {
                return;
            }

            var stopping = _stopping;
            try
            {
                RunOnce(stopping);
            }
#pragma warning disable CA1031 // The writer thread must survive anything: report it and keep recording.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                StorageLog.Unexpected(_logger, ex);
                _health.Fail("unexpected writer error: " + ex.Message);
                foreach (var request in _taken)
                {
                    request.Abandon(ex);
                }

                _taken.Clear();
            }

            Announce();
            if (stopping)
            {
                Shutdown();
                return;
            }
        }
    }

    /// <summary>
    /// One round: take the requests that arrived so far, drain the queue (so everything queued before a request is
    /// included), commit if due or asked for, checkpoint if due, then serve the requests.
    /// </summary>
    private void RunOnce(bool stopping)
    {
        _taken.Clear();
        while (_requests.TryDequeue(out var request))
        {
            _taken.Add(request);
        }

        var droppedBefore = _queue.DroppedCount;
        while (_queue.TryPeek(out var slot))
        {
            try
            {
                _writer.Apply(slot);
            }
            finally
            {
                _queue.Release();
            }
        }

        var commitDue = Interlocked.Exchange(ref _commitDue, 0) == 1;
        var checkpointDue = Interlocked.Exchange(ref _checkpointDue, 0) == 1;
        var committed = false;
        if (commitDue || checkpointDue || stopping || _taken.Count > 0)
        {
            committed = _writer.TryCommit();
            if (committed)
            {
                _health.Succeeded(droppedBefore);
                Committed?.Invoke();
            }
        }

        if (committed && (checkpointDue || stopping))
        {
            _writer.TryCheckpoint();
        }

        foreach (var request in _taken)
        {
            request.Run(_writer, committed);
        }

        _taken.Clear();
    }

    private void Announce()
    {
        while (_health.TryTakeUnannounced(out var failed, out var health))
        {
            if (failed)
            {
                StorageLog.Failed(_logger, health.Reason ?? "", health.DroppedItems);
            }
            else
            {
                StorageLog.Recovered(_logger, health.DroppedItems);
            }

            try
            {
                (failed ? Failed : Recovered)?.Invoke(this, health);
            }
#pragma warning disable CA1031 // A subscriber's bug must not stop the recording.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                StorageLog.HandlerFailed(_logger, ex, failed ? nameof(Failed) : nameof(Recovered));
            }
        }
    }

    /// <summary>After the last round: whatever could not be written is counted and logged, never dropped silently.</summary>
    private void Shutdown()
    {
        long lost = _writer.UncommittedItems;
        while (_queue.TryPeek(out _))
        {
            _queue.Release();
            _queue.CountDropped();
            lost++;
        }

        while (_requests.TryDequeue(out var request))
        {
            request.Abandon(new ObjectDisposedException(nameof(ProcedureStore)));
        }

        if (lost > 0)
        {
            StorageLog.LostAtShutdown(_logger, lost);
        }

        _commitTimer.Dispose();
        _checkpointTimer.Dispose();
        _writer.Dispose();
    }
}
