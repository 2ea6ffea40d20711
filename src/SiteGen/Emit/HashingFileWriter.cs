using System.Buffers;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace SiteGen.Emit;

/// <summary>
/// Writes a file a buffer at a time and hashes what it writes as <see cref="OutputManifest.Hash"/> does, so a file too large to
/// be worth holding whole (the printable handbook) never is.
/// </summary>
internal sealed class HashingFileWriter(SafeFileHandle file) : IBufferWriter<byte>, IDisposable
{
    private const int BufferSize = 1 << 20;

    private readonly XxHash3 _hash = new();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _used;
    private long _offset;

    public void Advance(int count) => _used += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint).AsMemory(_used);

    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).AsSpan(_used);

    /// <summary>Writes what is left in the buffer and returns the hash of all that was written.</summary>
    public ulong Finish()
    {
        Flush();
        return _hash.GetCurrentHashAsUInt64();
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

    private byte[] Reserve(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (_buffer.Length - _used >= sizeHint) return _buffer;
        Flush();
        if (_buffer.Length < sizeHint)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(sizeHint);
        }
        return _buffer;
    }

    private void Flush()
    {
        var written = _buffer.AsSpan(0, _used);
        _hash.Append(written);
        RandomAccess.Write(file, written, _offset);
        _offset += _used;
        _used = 0;
    }
}
