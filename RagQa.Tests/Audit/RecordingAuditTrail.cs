using System.Collections.Concurrent;
using RagQa.Core.Audit;
using RagQa.Core.Messaging;

namespace RagQa.Tests.Audit;

/// <summary>An <see cref="IAuditTrail"/> that keeps events in memory, for pipeline tests that run a handler without a broker.</summary>
internal sealed class RecordingAuditTrail : IAuditTrail
{
    public ConcurrentQueue<AuditEvent> Events { get; } = new();

    public Task RecordAsync(string action, string actor, AuditSubject? subject, IReadOnlyDictionary<string, string>? details = null,
        Guid? eventId = null, CancellationToken cancellationToken = default)
    {
        Events.Enqueue(new AuditEvent(eventId ?? Guid.CreateVersion7(), action, actor, subject?.Type, subject?.Id,
            details ?? new Dictionary<string, string>(), DateTimeOffset.UtcNow));
        return Task.CompletedTask;
    }

    public void RecordInBackground(string action, string actor, AuditSubject? subject, IReadOnlyDictionary<string, string>? details = null,
        Guid? eventId = null) => RecordAsync(action, actor, subject, details, eventId);
}
