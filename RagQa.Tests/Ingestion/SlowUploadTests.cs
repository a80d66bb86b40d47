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
/// slow clients exhausted the pool. The intake now reads the whole body before it takes a connection.
/// </summary>
[Collection(LocalServersCollection.Name)]
public sealed class SlowUploadTests(LocalServers servers)
{
    [Fact]
    public async Task No_pooled_connection_is_held_while_the_client_is_still_sending()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(await VectorStoreTestSupport.MigratedDatabaseAsync(servers))
        {
            MaxPoolSize = 1,
            Timeout = 3,
        }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var publisher = new RecordingPublisher();
        var intake = new DocumentIntake(dataSource, new DocumentStore(dataSource, TimeProvider.System), publisher,
            Options.Create(new IngestionOptions()), TimeProvider.System, NullLogger<DocumentIntake>.Instance);
        // The client, mid-upload, while another request needs the pool's only connection.
        var client = new StreamThatUsesThePoolMidway(dataSource, Encoding.UTF8.GetBytes("id,body\nr1,\"Chegou quebrado.\"\n"));

        var result = await intake.AcceptAsync(
            new IntakeRequest("product_docs", "reviews.csv", "text/csv", new Dictionary<string, string> { ["text_columns"] = "body" }),
            client, CancellationToken.None);

        Assert.True(result.Created);
        Assert.Equal(1, client.QueriesWhileSending);
    }

    /// <summary>Sends its bytes in two halves; between them, runs a query through the same pool.</summary>
    private sealed class StreamThatUsesThePoolMidway(NpgsqlDataSource dataSource, byte[] content) : Stream
    {
        private int _position;

        public int QueriesWhileSending { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position == content.Length / 2)
            {
                // Fails with a pool timeout if the intake holds the only connection while reading.
                await using var command = dataSource.CreateCommand("SELECT 1");
                await command.ExecuteScalarAsync(cancellationToken);
                QueriesWhileSending++;
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
