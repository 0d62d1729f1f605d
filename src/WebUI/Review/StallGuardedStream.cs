namespace CryoWeb.WebUI.Review;

/// <summary>
/// The response body of a review read or export: a write or flush that has not completed after the limit (the client
/// stopped reading) aborts the connection, so the request ends and its place in the review limiters is freed. Kestrel's
/// own minimum data rate allows time in proportion to the bytes buffered, minutes for an export left unread.
/// </summary>
public sealed partial class StallGuardedStream(Stream inner, HttpContext context, TimeSpan limit, TimeProvider time, ILogger logger) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        using var watch = Watch();
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        using var watch = Watch();
        await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        using var watch = Watch();
        inner.Write(buffer, offset, count);
    }

    public override void Flush()
    {
        using var watch = Watch();
        inner.Flush();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>A timer that aborts the request unless disposed (the write completed) within the limit.</summary>
    private ITimer Watch() => time.CreateTimer(static state => ((StallGuardedStream)state!).Drop(), this, limit, Timeout.InfiniteTimeSpan);

    private void Drop()
    {
        LogDropped(logger, context.Request.Path.Value ?? string.Empty, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", limit.TotalSeconds);
        context.Abort();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review download {Path} to {Client} dropped: the client read nothing for {Seconds} s.")]
    private static partial void LogDropped(ILogger logger, string path, string client, double seconds);
}
