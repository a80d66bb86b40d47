using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using RagQa.Core.Guardrails;
using RagQa.Core.Messaging;

namespace RagQa.Core.Audit;

/// <summary>
/// Publishes audit events to the <c>audit</c> queue (persistent, with publisher confirms). A broker failure
/// does not fail the operation being audited — refusing uploads or answers because the audit queue is down
/// would be worse — but it is logged as an error and counted, so it can be alerted on. Events recorded in the
/// background are awaited when the container disposes the trail at shutdown, so a graceful stop loses none.
/// </summary>
public sealed class AuditTrail : IAuditTrail, IAsyncDisposable
{
    private readonly ConcurrentDictionary<Task, byte> _unconfirmed = new();
    private readonly IMessagePublisher _publisher;
    private readonly PiiRedactor _redactor;
    private readonly TimeProvider _time;
    private readonly AuditMetrics _metrics;
    private readonly ILogger<AuditTrail> _logger;

    public AuditTrail(IMessagePublisher publisher, PiiRedactor redactor, TimeProvider time, IMeterFactory meterFactory, ILogger<AuditTrail> logger)
    {
        _publisher = publisher;
        _redactor = redactor;
        _time = time;
        _metrics = new AuditMetrics(meterFactory);
        _logger = logger;
    }

    public async Task RecordAsync(
        string action,
        string actor,
        AuditSubject? subject,
        IReadOnlyDictionary<string, string>? details = null,
        Guid? eventId = null,
        CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var message = new AuditEvent(eventId ?? Guid.CreateVersion7(now), action, actor, subject?.Type, subject?.Id,
            AuditDetails.Sanitize(details, _redactor), now);
        try
        {
            await _publisher.PublishAsync(QueueNames.Audit, message, cancellationToken: cancellationToken);
            _metrics.Recorded(action);
            Activity.Current?.AddEvent(new ActivityEvent("audit", tags: new ActivityTagsCollection { ["ragqa.audit.action"] = action }));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _metrics.PublishFailed(action);
            _logger.LogError("Audit event {EventId} ({Action} on {SubjectType} {SubjectId}) could not be published: {Error}",
                message.EventId, action, subject?.Type, subject?.Id, ex.GetType().Name);
        }
    }

    public void RecordInBackground(
        string action,
        string actor,
        AuditSubject? subject,
        IReadOnlyDictionary<string, string>? details = null,
        Guid? eventId = null)
    {
        // Not the caller's token: the request may end (and cancel) long before the broker confirms.
        var publish = RecordAsync(action, actor, subject, details, eventId, CancellationToken.None);
        if (publish.IsCompleted) return;
        _unconfirmed.TryAdd(publish, 0);
        publish.ContinueWith(done => _unconfirmed.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync() => await Task.WhenAll(_unconfirmed.Keys);
}
