namespace Tsunagu.Formats.Tests.Members;

/// <summary>A read-only stream that hands out its content at most <paramref name="pieceBytes"/> bytes per read, as a request body arrives over the network.</summary>
internal sealed class TricklingStream(byte[] content, int pieceBytes) : Stream
{
    private int position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => content.Length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = Math.Min(Math.Min(count, pieceBytes), content.Length - position);
        Array.Copy(content, position, buffer, offset, read);
        position += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
