using System.Collections;
using System.Reflection;
using LiteDB;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// Work-around for LiteDB 5.0.x issue #2828 (litedb-org/LiteDB): a transaction left open by an I/O error (its
/// Rollback writes to the log too, so it throws again and the transaction is never released) is later finalized, and
/// its finalizer throws on the GC thread ("discarded page must be writable"), which terminates the process. The
/// console must survive a full disk, so before a broken database is dropped the finalizers of its open transactions
/// are suppressed. This reads LiteDB internals (LiteDatabase._engine, LiteEngine._monitor,
/// TransactionMonitor.Transactions) of the pinned 5.0.21; a test fails if they move.
/// </summary>
internal static class LiteDbTransactionFinalizers
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

    /// <summary>Suppresses the finalizer of every open transaction of <paramref name="db"/>. False if the internals were not found.</summary>
    public static bool Suppress(LiteDatabase db)
    {
        var engine = typeof(LiteDatabase).GetField("_engine", Instance)?.GetValue(db);
        var monitor = engine?.GetType().GetField("_monitor", Instance)?.GetValue(engine);
        if (monitor?.GetType().GetProperty("Transactions", Instance)?.GetValue(monitor) is not IEnumerable transactions)
        {
            return false;
        }

        foreach (var transaction in transactions.Cast<object>().ToArray())
        {
#pragma warning disable CA1816 // Deliberately suppressing another object's finalizer: that is the work-around.
            GC.SuppressFinalize(transaction);
#pragma warning restore CA1816
        }

        return true;
    }
}
