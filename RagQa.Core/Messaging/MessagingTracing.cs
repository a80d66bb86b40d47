using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace RagQa.Core.Messaging;

/// <summary>
/// Producer and consumer spans, and W3C trace context (traceparent, tracestate, baggage) carried in the
/// message headers through <see cref="DistributedContextPropagator"/>, the propagator HttpClient and
/// ASP.NET Core use too, so one trace runs from an HTTP request through every queue hop.
/// </summary>
internal static class MessagingTracing
{
    public const string SourceName = "RagQa.Messaging";

    private static readonly ActivitySource Source = new(SourceName);

    public static Activity? StartPublish(string spanDestination, string routingKey, IReadOnlyBasicProperties properties, int bodySize)
    {
        var activity = Source.StartActivity($"publish {spanDestination}", ActivityKind.Producer);
        if (activity is { IsAllDataRequested: true })
        {
            SetCommonTags(activity, routingKey, properties, bodySize)
                .SetTag("messaging.operation.type", "send")
                .SetTag("messaging.operation.name", "publish");
        }
        return activity;
    }

    /// <summary>Starts the consumer span as a child of the publisher's context found in the headers.</summary>
    public static Activity? StartProcess(string queue, BasicDeliverEventArgs delivery, int attempt)
    {
        var headers = delivery.BasicProperties.Headers;
        var parent = Extract(headers);
        var activity = Source.StartActivity($"process {queue}", ActivityKind.Consumer, parent);
        if (activity is null) return null;

        foreach (var item in DistributedContextPropagator.Current.ExtractBaggage(headers, GetHeader) ?? [])
        {
            activity.AddBaggage(item.Key, item.Value);
        }
        if (activity.IsAllDataRequested)
        {
            SetCommonTags(activity, queue, delivery.BasicProperties, delivery.Body.Length)
                .SetTag("messaging.operation.type", "process")
                .SetTag("messaging.operation.name", "process")
                .SetTag("messaging.rabbitmq.delivery_tag", delivery.DeliveryTag)
                .SetTag("ragqa.messaging.attempt", attempt);
        }
        return activity;
    }

    /// <summary>Writes the context of <paramref name="activity"/> into the headers (nothing when there is no activity).</summary>
    public static void Inject(Activity? activity, IDictionary<string, object?> headers) =>
        DistributedContextPropagator.Current.Inject(activity, headers, static (carrier, name, value) =>
        {
            if (carrier is IDictionary<string, object?> dictionary) dictionary[name] = value;
        });

    public static void RecordFailure(Activity? activity, Exception exception)
    {
        if (activity is null) return;
        activity.SetStatus(ActivityStatusCode.Error, exception.Message);
        activity.AddException(exception);
    }

    private static ActivityContext Extract(IDictionary<string, object?>? headers)
    {
        if (headers is null) return default;
        DistributedContextPropagator.Current.ExtractTraceIdAndState(headers, GetHeader, out var traceParent, out var traceState);
        return ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var context) ? context : default;
    }

    private static void GetHeader(object? carrier, string name, out string? value, out IEnumerable<string>? values)
    {
        values = null;
        value = carrier is IDictionary<string, object?> headers ? MessageHeaders.ReadString(headers, name) : null;
    }

    private static Activity SetCommonTags(Activity activity, string destination, IReadOnlyBasicProperties properties, int bodySize)
    {
        activity.SetTag("messaging.system", "rabbitmq")
            .SetTag("messaging.destination.name", destination)
            .SetTag("messaging.message.body.size", bodySize);
        if (properties.MessageId is { } messageId) activity.SetTag("messaging.message.id", messageId);
        if (properties.CorrelationId is { } correlationId) activity.SetTag("messaging.message.conversation_id", correlationId);
        if (properties.Type is { } type) activity.SetTag("ragqa.messaging.type", type);
        return activity;
    }
}
