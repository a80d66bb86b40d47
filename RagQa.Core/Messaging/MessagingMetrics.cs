using System.Diagnostics.Metrics;

namespace RagQa.Core.Messaging;

/// <summary>The instruments of the "RagQa.Messaging" meter. Every measurement is tagged with its queue.</summary>
internal sealed class MessagingMetrics
{
    public const string MeterName = "RagQa.Messaging";

    private readonly Counter<long> _published;
    private readonly Counter<long> _consumed;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _retried;
    private readonly Counter<long> _deadLettered;
    private readonly Histogram<double> _handlerDuration;

    public MessagingMetrics(IMeterFactory meterFactory, QueueDepthReader depths)
    {
        var meter = meterFactory.Create(MeterName);
        _published = meter.CreateCounter<long>("ragqa.messages.published", "{message}", "Messages published to a work queue and confirmed by the broker.");
        _consumed = meter.CreateCounter<long>("ragqa.messages.consumed", "{message}", "Messages handled successfully and acknowledged.");
        _failed = meter.CreateCounter<long>("ragqa.messages.failed", "{message}", "Handler attempts that threw.");
        _retried = meter.CreateCounter<long>("ragqa.messages.retried", "{message}", "Failed messages re-queued for another attempt.");
        _deadLettered = meter.CreateCounter<long>("ragqa.messages.dead_lettered", "{message}", "Messages moved to a dead-letter queue, by reason.");
        _handlerDuration = meter.CreateHistogram<double>("ragqa.messages.handler.duration", "s", "Time spent in a message handler, by outcome.");
        meter.CreateObservableGauge("ragqa.queue.depth",
            () => depths.Snapshot().Select(d => new Measurement<long>(d.Messages, Queue(d.Queue))),
            "{message}", "Messages ready in the queue.");
        meter.CreateObservableGauge("ragqa.queue.consumers",
            () => depths.Snapshot().Select(d => new Measurement<long>(d.Consumers, Queue(d.Queue))),
            "{consumer}", "Consumers attached to the queue.");
    }

    public void Published(string queue) => _published.Add(1, Queue(queue));

    public void Consumed(string queue) => _consumed.Add(1, Queue(queue));

    public void Failed(string queue) => _failed.Add(1, Queue(queue));

    public void Retried(string queue) => _retried.Add(1, Queue(queue));

    /// <param name="reason">unknown_type, invalid_body or max_attempts.</param>
    public void DeadLettered(string queue, string reason) =>
        _deadLettered.Add(1, Queue(queue), new KeyValuePair<string, object?>("reason", reason));

    public void HandlerDuration(string queue, TimeSpan elapsed, bool succeeded) =>
        _handlerDuration.Record(elapsed.TotalSeconds, Queue(queue), new KeyValuePair<string, object?>("outcome", succeeded ? "success" : "failure"));

    private static KeyValuePair<string, object?> Queue(string queue) => new("queue", queue);
}
