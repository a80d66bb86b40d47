using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RagQa.Core.Audit;
using RagQa.Core.Data;
using RagQa.Core.Guardrails;
using RagQa.Core.Messaging;
using RagQa.Tests.Infrastructure;
using RagQa.Tests.Messaging;

namespace RagQa.Tests.Audit;

/// <summary>Audit events through the real broker into a real database: publisher → <c>audit</c> queue → <see cref="AuditEventHandler"/> → <c>audit_events</c>.</summary>
[Collection(LocalServersCollection.Name)]
public sealed class AuditPipelineTests(LocalServers servers)
{
    [Fact]
    public async Task Events_are_stored_once_each_without_personal_data()
    {
        var connectionString = await servers.CreateDatabaseAsync();
        await using (var migrate = NpgsqlDataSource.Create(connectionString))
        {
            await new DatabaseMigrator(migrate, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        }
        var builder = MessagingTestHost.CreateBuilder(servers);
        // One delivery at a time, in queue order: what is stored before the last event is everything before it (see below).
        builder.Configuration["Messaging:ConsumerConcurrency"] = "1";
        builder.Services.AddSingleton(NpgsqlDataSource.Create(connectionString));
        builder.Services.AddSingleton(PiiRedactor.Default);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AuditStore>();
        builder.Services.AddSingleton<IAuditTrail, AuditTrail>();
        builder.Services.AddMessageHandler<AuditEvent, AuditEventHandler>(QueueNames.Audit);
        using var host = builder.Build();
        await host.StartAsync();
        var audit = host.Services.GetRequiredService<IAuditTrail>();
        var store = host.Services.GetRequiredService<AuditStore>();
        var documentId = Guid.NewGuid();
        var redeliveredId = Guid.NewGuid();

        await audit.RecordAsync(AuditActions.DocumentUploaded, AuditActors.ApiKey(Guid.NewGuid()), AuditSubject.Document(documentId),
            new Dictionary<string, string> { ["collection"] = "support_articles", ["note"] = "enviado por maria.silva@example.com" });
        await audit.RecordAsync(AuditActions.PiiRedacted, AuditActors.System, AuditSubject.Document(documentId),
            new Dictionary<string, string> { ["total"] = "2" }, redeliveredId);
        await audit.RecordAsync(AuditActions.PiiRedacted, AuditActors.System, AuditSubject.Document(documentId),
            new Dictionary<string, string> { ["total"] = "2" }, redeliveredId);
        // Published by something other than the trail (anything on the broker can): still redacted on the way in.
        await host.Services.GetRequiredService<IMessagePublisher>().PublishAsync(QueueNames.Audit, new AuditEvent(Guid.NewGuid(),
            AuditActions.AuthFailed, AuditActors.Anonymous, "route", "GET /documents",
            new Dictionary<string, string> { ["cpf"] = "529.982.247-25" }, DateTimeOffset.UtcNow));

        // Published last, so handled last: once it is stored, a duplicate of the redelivered event would be stored too.
        var lastId = Guid.NewGuid();
        await audit.RecordAsync(AuditActions.DocumentDeleted, AuditActors.System, AuditSubject.Document(lastId));
        await WaitForAsync(store, lastId);

        var events = await store.ListAsync(null, "document", documentId.ToString(), 0, 100, CancellationToken.None);
        Assert.Equal([AuditActions.DocumentUploaded, AuditActions.PiiRedacted], events.Select(e => e.Action).Order(StringComparer.Ordinal));
        Assert.Equal("enviado por [EMAIL]", events.Single(e => e.Action == AuditActions.DocumentUploaded).Details["note"]);
        var authFailure = (await store.ListAsync(AuditActions.AuthFailed, null, null, 0, 10, CancellationToken.None)).Single();
        Assert.Equal("[CPF]", authFailure.Details["cpf"]);
        Assert.Equal(4, (await store.ListAsync(null, null, null, 0, 100, CancellationToken.None)).Count);
        await host.StopAsync();
    }

    [Fact]
    public async Task Events_recorded_in_the_background_are_all_confirmed_before_the_trail_is_gone()
    {
        var builder = MessagingTestHost.CreateBuilder(servers);
        builder.Services.AddSingleton(PiiRedactor.Default);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IAuditTrail, AuditTrail>();
        var host = builder.Build();
        await host.StartAsync();
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        using var published = new MetricCollector<long>(meters, AuditMetrics.MeterName, "ragqa.audit.events");
        using var failed = new MetricCollector<long>(meters, AuditMetrics.MeterName, "ragqa.audit.publish_failures");
        var audit = host.Services.GetRequiredService<IAuditTrail>();

        for (var i = 0; i < 20; i++)
        {
            audit.RecordInBackground(AuditActions.EscalationCreated, AuditActors.System, AuditSubject.Escalation(Guid.NewGuid()));
        }
        // Stopping disposes the trail before the broker connection it publishes on: it waits for every confirm first.
        await host.StopAsync();
        await ((IAsyncDisposable)host).DisposeAsync();

        Assert.Equal(20, published.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.Empty(failed.GetMeasurementSnapshot());
    }

    private static async Task WaitForAsync(AuditStore store, Guid documentId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await store.ListAsync(null, "document", documentId.ToString(), 0, 1, CancellationToken.None)).Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the audit event of document {documentId} did not arrive");
            await Task.Delay(200);
        }
    }
}
