using Microsoft.Extensions.Logging;

namespace CryoWeb.Controller.Storage;

/// <summary>Log messages of the store (source-generated, no allocation when the level is off).</summary>
internal static partial class StorageLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Recording database {Path} open")]
    public static partial void Opened(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Procedure {ProcedureId} was running when the console stopped; marked interrupted at {EndedAt:o}")]
    public static partial void MarkedInterrupted(ILogger logger, Guid procedureId, DateTimeOffset endedAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording storage failed during {Operation}; pending data is kept and retried at the next commit")]
    public static partial void WriteFailed(ILogger logger, Exception exception, string operation);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Recording storage FAILED: {Reason} ({Dropped} items dropped so far)")]
    public static partial void Failed(ILogger logger, string reason, long dropped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording storage recovered ({Dropped} items were dropped while it was failed)")]
    public static partial void Recovered(ILogger logger, long dropped);

    [LoggerMessage(Level = LogLevel.Error, Message = "Closing the database after a failure threw; it will be reopened")]
    public static partial void CloseFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Critical, Message = "LiteDB internals for the transaction-finalizer work-around (issue #2828) not found; a later GC may terminate the process")]
    public static partial void WorkaroundMissing(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage {Event} handler threw")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string @event);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Unexpected error on the storage writer thread")]
    public static partial void Unexpected(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Transition} for unknown procedure {ProcedureId} ignored")]
    public static partial void UnknownProcedure(ILogger logger, string transition, Guid procedureId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attachment {Kind} for unknown procedure {ProcedureId} not stored")]
    public static partial void AttachmentForUnknownProcedure(ILogger logger, string kind, Guid procedureId);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Store closed with {Count} queued items or uncommitted changes that could not be written")]
    public static partial void LostAtShutdown(ILogger logger, long count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention removed {Deleted} reviewed procedures; kept {Unreviewed} old unreviewed ones")]
    public static partial void Retention(ILogger logger, int deleted, int unreviewed);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Stored data DAMAGED: record {Where} does not match its checksum; it is reported as damaged, never shown as data")]
    public static partial void Damaged(ILogger logger, string where);

    [LoggerMessage(Level = LogLevel.Error, Message = "A {Collection} document of {Bytes} bytes is too large to store (limit {Limit}); {Action}")]
    public static partial void Oversized(ILogger logger, string collection, long bytes, int limit, string action);
}
