using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using RagQa.Core.Messaging;

namespace RagQa.Tests.Messaging;

/// <summary>Singleton shared by a test and its handler: scripts failures and records every call.</summary>
public sealed class DeliveryRecorder<TMessage>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ConcurrentQueue<Delivery<TMessage>> _all = new();
    private readonly Channel<Delivery<TMessage>> _arrivals = Channel.CreateUnbounded<Delivery<TMessage>>();
    private int _calls;

    /// <summary>How many calls throw before one succeeds; <see cref="int.MaxValue"/> for a handler that always throws.</summary>
    public int FailuresBeforeSuccess { get; set; }

    public IReadOnlyList<Delivery<TMessage>> Deliveries => [.. _all];

    /// <returns>True when this call must fail.</returns>
    public bool Record(TMessage message, MessageContext context)
    {
        var fail = Interlocked.Increment(ref _calls) <= FailuresBeforeSuccess;
        var delivery = new Delivery<TMessage>(message, context, Activity.Current?.TraceId, fail);
        _all.Enqueue(delivery);
        _arrivals.Writer.TryWrite(delivery);
        return fail;
    }

    /// <summary>Waits for the first successful call carrying <paramref name="correlationId"/>, skipping others.</summary>
    public async Task<Delivery<TMessage>> SucceededAsync(string correlationId)
    {
        while (true)
        {
            var next = await _arrivals.Reader.ReadAsync().AsTask().WaitAsync(Patience);
            if (!next.Failed && next.Context.CorrelationId == correlationId) return next;
        }
    }
}
