using Dapper;
using Npgsql;

namespace RagQa.Core.Documents;

/// <summary>A read-only stream over a document's stored upload, fetching one block at a time.</summary>
public sealed class UploadBlockStream(NpgsqlDataSource dataSource, Guid documentId) : Stream
{
    private byte[] _block = [];
    private int _offset;
    private int _nextSeq;
    private bool _done;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_offset == _block.Length && !await NextBlockAsync(cancellationToken)) return 0;
        var count = Math.Min(buffer.Length, _block.Length - _offset);
        _block.AsMemory(_offset, count).CopyTo(buffer);
        _offset += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    private async Task<bool> NextBlockAsync(CancellationToken cancellationToken)
    {
        while (!_done)
        {
            byte[]? data;
            await using (var connection = dataSource.CreateConnection())
            {
                data = await connection.QuerySingleOrDefaultAsync<byte[]>(new CommandDefinition(
                    "SELECT data FROM upload_blocks WHERE document_id = @documentId AND seq = @seq",
                    new { documentId, seq = _nextSeq++ }, cancellationToken: cancellationToken));
            }
            if (data is null)
            {
                _done = true;
                break;
            }
            (_block, _offset) = (data, 0);
            if (data.Length > 0) return true;
        }
        return false;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
