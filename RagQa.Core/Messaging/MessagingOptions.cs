using System.ComponentModel.DataAnnotations;

namespace RagQa.Core.Messaging;

/// <summary>Consumer and retry settings, bound from the <c>Messaging</c> section and validated at start-up.</summary>
public sealed class MessagingOptions : IValidatableObject
{
    public const string Section = "Messaging";

    /// <summary>Unacknowledged deliveries the broker may push to one consumer ahead of time.</summary>
    [Range(1, 10_000, ErrorMessage = "Messaging:Prefetch must be between 1 and 10000.")]
    public int Prefetch { get; set; } = 16;

    /// <summary>Messages one consumer handles at the same time (1 keeps the queue's order).</summary>
    [Range(1, 64, ErrorMessage = "Messaging:ConsumerConcurrency must be between 1 and 64.")]
    public int ConsumerConcurrency { get; set; } = 1;

    /// <summary>Handler attempts per message, the first included, before it is dead-lettered.</summary>
    [Range(1, 100, ErrorMessage = "Messaging:MaxAttempts must be between 1 and 100.")]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>
    /// Deliveries of one message the broker makes after the first before it dead-letters the message itself (quorum
    /// queues' <c>x-delivery-limit</c>): counted by the broker, so a message whose handler kills the process (out of
    /// memory, say) ends in the DLQ too. Every return counts, a consumer's shutdown included, hence the headroom.
    /// Applies when a queue is declared: an existing queue keeps the limit it was declared with.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "Messaging:DeliveryLimit must be between 1 and 1000.")]
    public int DeliveryLimit { get; set; } = 10;

    /// <summary>
    /// Ceiling of the first retry's random delay; it doubles per attempt up to <see cref="RetryMaxDelay"/>.
    /// The consumer holds the failed message while it waits (one of its <see cref="ConsumerConcurrency"/> slots),
    /// so keep the cap short: seconds, not minutes.
    /// </summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How old the queue-depth snapshot behind the ragqa.queue.* gauges may get before a scrape refreshes it.</summary>
    public TimeSpan QueueDepthRefreshInterval { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RetryBaseDelay <= TimeSpan.Zero || RetryBaseDelay > TimeSpan.FromMinutes(10))
        {
            yield return new ValidationResult("Messaging:RetryBaseDelay must be greater than zero and at most 10 minutes.", [nameof(RetryBaseDelay)]);
        }
        if (RetryMaxDelay < RetryBaseDelay || RetryMaxDelay > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Messaging:RetryMaxDelay must be at least Messaging:RetryBaseDelay and at most 1 hour.", [nameof(RetryMaxDelay)]);
        }
        if (QueueDepthRefreshInterval < TimeSpan.FromMilliseconds(100) || QueueDepthRefreshInterval > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Messaging:QueueDepthRefreshInterval must be between 100 ms and 1 hour.", [nameof(QueueDepthRefreshInterval)]);
        }
        if (ConsumerConcurrency > Prefetch)
        {
            yield return new ValidationResult("Messaging:ConsumerConcurrency must not exceed Messaging:Prefetch (extra workers would never get a message).", [nameof(ConsumerConcurrency)]);
        }
    }
}
