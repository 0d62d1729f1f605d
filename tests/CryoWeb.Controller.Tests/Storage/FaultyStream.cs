namespace CryoWeb.Controller.Tests.Storage;

/// <summary>A stream over a real file whose writes can be made to fail like a full disk.</summary>
internal sealed class FaultyStream(Stream inner) : Stream
{
    private volatile bool _failWrites;

    public bool FailWrites
    {
        get => _failWrites;
        set => _failWrites = value;
    }

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void Write(byte[] buffer, int offset, int count)
    {
        ThrowIfFailing();
        inner.Write(buffer, offset, count);
    }

    public override void SetLength(long value)
    {
        ThrowIfFailing();
        inner.SetLength(value);
    }

    public override void Flush()
    {
        ThrowIfFailing();
        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void ThrowIfFailing()
    {
        if (_failWrites)
        {
            throw new IOException("No space left on device");
        }
    }
}
