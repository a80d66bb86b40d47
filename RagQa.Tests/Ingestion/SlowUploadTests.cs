using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using RagQa.Core.Documents;
using RagQa.Core.Ingestion;
using RagQa.Tests.Infrastructure;
using RagQa.Tests.VectorStore;

namespace RagQa.Tests.Ingestion;

/// <summary>
/// Issue #19, item 13: an upload held a transaction and a pooled connection for as long as its client streamed, so
/// slow clients exhausted the pool. The intake now reads the whole body before it opens a transaction.
/// </summary>
[Collection(LocalServersCollection.Name)]
public sealed class SlowUploadTests(LocalServers servers)
{
    [Fact]
    public async Task No_transaction_is_open_while_the_client_is_still_sending()
    {
        var connectionString = await VectorStoreTestSupport.MigratedDatabaseAsync(servers);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        // Looks at the server from outside the intake's pool.
        await using var probe = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        var intake = new DocumentIntake(dataSource, new DocumentStore(dataSource, TimeProvider.System), new RecordingPublisher(),
            Options.Create(new IngestionOptions()), TimeProvider.System, NullLogger<DocumentIntake>.Instance);
        var client = new StreamThatLooksAtTheServerMidway(probe, Encoding.UTF8.GetBytes("id,body\nr1,\"Chegou quebrado.\"\n"));

        var result = await intake.AcceptAsync(
            new IntakeRequest("product_docs", "reviews.csv", "text/csv", new Dictionary<string, string> { ["text_columns"] = "body" }),
            client, CancellationToken.None);

        Assert.True(result.Created);
        Assert.Equal(0L, client.OpenTransactionsWhileSending);
    }

    /// <summary>Sends its bytes in two halves; between them, counts the database's sessions inside a transaction.</summary>
    private sealed class StreamThatLooksAtTheServerMidway(NpgsqlDataSource probe, byte[] content) : Stream
    {
        private int _position;

        public long? OpenTransactionsWhileSending { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position == content.Length / 2 && OpenTransactionsWhileSending is null)
            {
                await using var command = probe.CreateCommand(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL");
                OpenTransactionsWhileSending = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            }
            var end = _position < content.Length / 2 ? content.Length / 2 : content.Length;
            var count = Math.Min(buffer.Length, end - _position);
            content.AsMemory(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("read asynchronously");
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
