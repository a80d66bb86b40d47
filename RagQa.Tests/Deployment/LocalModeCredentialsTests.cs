using System.Net.Sockets;
using System.Text;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Deployment;

/// <summary>
/// Issue #19, items 14 and 15: the local servers (scripts/local/*.sh, as local mode and these tests run them) let no one
/// in without the generated password, the services' Postgres role cannot change the schema, and the broker has no
/// <c>guest</c> and confines its one user to the <c>ragqa</c> vhost. Before, Postgres trusted every local connection as
/// the superuser, Redis asked for nothing and RabbitMQ let guest/guest in.
/// </summary>
[Collection(LocalServersCollection.Name)]
public sealed class LocalModeCredentialsTests(LocalServers servers)
{
    [Fact]
    public async Task Postgres_refuses_a_connection_without_the_password_or_with_a_wrong_one()
    {
        foreach (var user in new[] { "postgres", "ragqa_owner", "ragqa_app" })
        {
            var withoutPassword = new NpgsqlConnectionStringBuilder(servers.PostgresConnectionString) { Username = user, Password = null };
            var noPassword = await Assert.ThrowsAnyAsync<NpgsqlException>(() => OpenAsync(withoutPassword.ConnectionString));
            Assert.Contains("password", noPassword.Message, StringComparison.OrdinalIgnoreCase);

            var wrong = new NpgsqlConnectionStringBuilder(servers.PostgresConnectionString) { Username = user, Password = "wrong" };
            var refused = await Assert.ThrowsAsync<PostgresException>(() => OpenAsync(wrong.ConnectionString));
            Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);
        }
    }

    [Fact]
    public async Task The_application_role_reads_and_writes_the_owners_tables_but_cannot_create_alter_or_drop_one()
    {
        var table = "t_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(servers.PostgresOwnerConnectionString, $"CREATE TABLE {table} (id serial PRIMARY KEY, note text)");

        Assert.Equal(1, await ExecuteAsync(servers.PostgresApplicationConnectionString, $"INSERT INTO {table} (note) VALUES ('a')"));
        Assert.Equal(1, await ExecuteAsync(servers.PostgresApplicationConnectionString, $"DELETE FROM {table}"));
        foreach (var ddl in new[]
                 {
                     $"CREATE TABLE {table}_evil (id int)",
                     $"ALTER TABLE {table} ADD COLUMN evil text",
                     $"DROP TABLE {table}",
                     $"TRUNCATE {table}",
                 })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(servers.PostgresApplicationConnectionString, ddl));
            Assert.True(refused.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{ddl}: {refused.SqlState} {refused.MessageText}");
        }
        await ExecuteAsync(servers.PostgresOwnerConnectionString, $"DROP TABLE {table}");
    }

    [Fact]
    public async Task Redis_answers_only_a_client_that_sent_the_password()
    {
        var options = StackExchange.Redis.ConfigurationOptions.Parse(servers.RedisConnectionString);
        var server = (System.Net.IPEndPoint)options.EndPoints.Single();

        Assert.StartsWith("-NOAUTH", await RedisAsync(server, "PING"), StringComparison.Ordinal);
        Assert.StartsWith("-WRONGPASS", await RedisAsync(server, "AUTH wrong"), StringComparison.Ordinal);
        Assert.Equal("+OK", await RedisAsync(server, $"AUTH {options.Password}"));
    }

    [Fact]
    public async Task RabbitMQ_has_no_guest_and_its_user_reaches_the_ragqa_vhost_only()
    {
        var broker = new Uri(servers.RabbitMqConnectionString);
        Assert.Equal("/ragqa", broker.AbsolutePath);
        await DeclareAQueueAsync(broker);

        var guest = new ConnectionFactory { Uri = new UriBuilder(broker) { UserName = "guest", Password = "guest" }.Uri };
        var guestRefused = await Assert.ThrowsAsync<BrokerUnreachableException>(() => guest.CreateConnectionAsync());
        Assert.IsType<AuthenticationFailureException>(guestRefused.InnerException);

        foreach (var vhost in new[] { "/", "other" })
        {
            var elsewhere = new UriBuilder(broker) { Path = "/" + Uri.EscapeDataString(vhost) }.Uri;
            Assert.Equal(vhost, new ConnectionFactory { Uri = elsewhere }.VirtualHost);
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => DeclareAQueueAsync(elsewhere));
            Assert.Contains("NOT_ALLOWED", refused.ToString(), StringComparison.Ordinal);
        }
    }

    // The client may hand back a connection before the broker answered connection.open (rabbitmq-dotnet-client#1999):
    // a vhost refusal shows once the connection is used.
    private static async Task DeclareAQueueAsync(Uri broker)
    {
        await using var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(exclusive: true);
    }

    // One inline command over a fresh connection, and the first line of the reply: what a client without the library sees.
    private static async Task<string> RedisAsync(System.Net.IPEndPoint server, string command)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadLineAsync() ?? "";
    }

    private static async Task OpenAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
    }

    private static async Task<int> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }
}
