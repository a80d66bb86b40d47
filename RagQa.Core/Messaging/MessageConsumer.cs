using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace RagQa.Core.Messaging;

/// <summary>
/// Consumes one queue with its own channel and hands each message to <typeparamref name="THandler"/> in a
/// fresh DI scope. A message is acknowledged only once its outcome is safe with the broker: handled, or
/// its retry copy or dead letter confirmed. Unknown types and unreadable bodies are dead-lettered at once;
/// handler failures are retried with exponential backoff and full jitter, then dead-lettered. On shutdown
/// or a lost channel, unfinished messages are left unacknowledged, so the broker redelivers them; the consumer
/// starts again as <see cref="ConsumerRestart"/> says.
/// </summary>
internal sealed class MessageConsumer<TMessage, THandler>(
    string queue,
    IConnection connection,
    MessagingTopology topology,
    MessageSender sender,
    MessagingMetrics metrics,
    IServiceScopeFactory scopes,
    IOptions<MessagingOptions> options,
    TimeProvider time,
    ILogger<MessageConsumer<TMessage, THandler>> logger) : BackgroundService
    where TMessage : IMessageContract
    where THandler : class, IMessageHandler<TMessage>
{
    private static readonly TimeSpan CancelTimeout = TimeSpan.FromSeconds(5);

    private readonly string _deadLetterQueue = QueueNames.DeadLetterOf(queue);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var restart = ConsumerRestart.Create(queue, time, logger);
        try
        {
            await restart.ExecuteAsync(async token =>
            {
                // Declared afresh on every start: the queue may have been deleted, which is what cancelled the last consumer.
                await topology.DeclareAsync(queue, token);
                return await ConsumeUntilChannelLostAsync(settings, token);
            }, stoppingToken);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping is the only way out; whatever the last session ended in, the broker redelivers what it left unsettled.
        }
    }

    /// <summary>
    /// Consumes until the host stops, the channel closes or the broker cancels the consumer (its queue was
    /// deleted), and returns which. Any closed channel is replaced by a new one, including one closed by a connection
    /// failure: disposing it stops the client's automatic recovery from resurrecting it (and its consumer) next to the new one.
    /// </summary>
    private async Task<string> ConsumeUntilChannelLostAsync(MessagingOptions settings, CancellationToken stoppingToken)
    {
        var channelOptions = new CreateChannelOptions(
            publisherConfirmationsEnabled: false,
            publisherConfirmationTrackingEnabled: false,
            consumerDispatchConcurrency: (ushort)settings.ConsumerConcurrency);
        await using var channel = await connection.CreateChannelAsync(channelOptions, stoppingToken);
        using var deliveries = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var lost = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlight = new ConcurrentDictionary<Task, byte>();
        channel.ChannelShutdownAsync += (_, reason) =>
        {
            lost.TrySetResult($"channel closed: {reason.ReplyCode} {reason.ReplyText}");
            return Task.CompletedTask;
        };

        await channel.BasicQosAsync(0, (ushort)settings.Prefetch, global: false, stoppingToken);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) => TrackAsync(inFlight, HandleDeliveryAsync(channel, delivery, settings, deliveries.Token));
        consumer.UnregisteredAsync += (_, _) =>
        {
            lost.TrySetResult("the broker cancelled the consumer");
            return Task.CompletedTask;
        };
        var consumerTag = await channel.BasicConsumeAsync(queue, autoAck: false, consumer, stoppingToken);
        logger.LogInformation("Consuming {MessageType} from {Queue} with {Handler}", TMessage.MessageType, queue, typeof(THandler).Name);
        try
        {
            return await lost.Task.WaitAsync(stoppingToken);
        }
        finally
        {
            await StopDeliveriesAsync(channel, consumerTag);
            await deliveries.CancelAsync();
            await Task.WhenAll(inFlight.Keys);
        }
    }

    private async Task StopDeliveriesAsync(IChannel channel, string consumerTag)
    {
        if (!channel.IsOpen) return;
        try
        {
            using var timeout = new CancellationTokenSource(CancelTimeout);
            await channel.BasicCancelAsync(consumerTag, noWait: false, timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or AlreadyClosedException or OperationInterruptedException)
        {
            // The channel is closing anyway, which stops deliveries just the same.
            logger.LogDebug(ex, "Could not cancel the {Queue} consumer cleanly", queue);
        }
    }

    private static async Task TrackAsync(ConcurrentDictionary<Task, byte> inFlight, Task delivery)
    {
        inFlight.TryAdd(delivery, 0);
        try
        {
            await delivery;
        }
        finally
        {
            inFlight.TryRemove(delivery, out _);
        }
    }

    private async Task HandleDeliveryAsync(IChannel channel, BasicDeliverEventArgs delivery, MessagingOptions settings, CancellationToken cancellationToken)
    {
        // A delivery dispatched after shutdown began is left for redelivery untouched.
        if (cancellationToken.IsCancellationRequested) return;

        var properties = delivery.BasicProperties;
        var attempt = MessageHeaders.ReadAttempt(properties.Headers);
        var context = new MessageContext(properties.MessageId ?? string.Empty, properties.CorrelationId, properties.ReplyTo, attempt);
        using var activity = MessagingTracing.StartProcess(queue, delivery, attempt);
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["Queue"] = queue,
            ["MessageId"] = context.MessageId,
            ["CorrelationId"] = context.CorrelationId,
            ["MessageType"] = properties.Type,
            ["Attempt"] = attempt,
        });
        try
        {
            await ProcessAsync(channel, delivery, context, settings, activity, cancellationToken);
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation(ex, "Stopped before message {MessageId} on {Queue} was settled; the broker will redeliver it", context.MessageId, queue);
        }
        catch (Exception ex)
        {
            MessagingTracing.RecordFailure(activity, ex);
            await ReturnForRedeliveryAsync(channel, delivery, context, settings, ex, cancellationToken);
        }
    }

    private async Task ProcessAsync(
        IChannel channel,
        BasicDeliverEventArgs delivery,
        MessageContext context,
        MessagingOptions settings,
        Activity? activity,
        CancellationToken cancellationToken)
    {
        var type = delivery.BasicProperties.Type;
        if (type != TMessage.MessageType)
        {
            var reason = $"Unknown message type '{type ?? "(none)"}': queue '{queue}' accepts '{TMessage.MessageType}'.";
            await DeadLetterAsync(channel, delivery, context, "unknown_type", reason);
            return;
        }

        TMessage message;
        try
        {
            message = MessageSerializer.Deserialize<TMessage>(delivery.Body.Span);
        }
        catch (JsonException ex)
        {
            await DeadLetterAsync(channel, delivery, context, "invalid_body", "Unreadable body: " + MessageHeaders.Describe(ex));
            return;
        }

        var started = time.GetTimestamp();
        try
        {
            await using var handlerScope = scopes.CreateAsyncScope();
            var handler = handlerScope.ServiceProvider.GetRequiredService<THandler>();
            await handler.HandleAsync(message, context, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.HandlerDuration(queue, time.GetElapsedTime(started), succeeded: false);
            metrics.Failed(queue);
            MessagingTracing.RecordFailure(activity, ex);
            await RetryOrDeadLetterAsync(channel, delivery, context, settings, ex, cancellationToken);
            return;
        }

        metrics.HandlerDuration(queue, time.GetElapsedTime(started), succeeded: true);
        // The effect is committed: acknowledge even if shutdown began meanwhile.
        await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None);
        metrics.Consumed(queue);
        logger.LogDebug("Handled message {MessageId} from {Queue} on attempt {Attempt}", context.MessageId, queue, context.Attempt);
    }

    private async Task RetryOrDeadLetterAsync(
        IChannel channel,
        BasicDeliverEventArgs delivery,
        MessageContext context,
        MessagingOptions settings,
        Exception failure,
        CancellationToken cancellationToken)
    {
        if (context.Attempt >= settings.MaxAttempts)
        {
            logger.LogError(failure, "{Handler} failed on message {MessageId} from {Queue} {Attempt} times; dead-lettering it",
                typeof(THandler).Name, context.MessageId, queue, context.Attempt);
            await DeadLetterAsync(channel, delivery, context, "max_attempts", MessageHeaders.Describe(failure));
            return;
        }

        var delay = RetryBackoff.Delay(context.Attempt, settings.RetryBaseDelay, settings.RetryMaxDelay, Random.Shared.NextDouble());
        logger.LogWarning(failure, "{Handler} failed on message {MessageId} from {Queue} (attempt {Attempt} of {MaxAttempts}); retrying in {RetryDelayMs} ms",
            typeof(THandler).Name, context.MessageId, queue, context.Attempt, settings.MaxAttempts, (long)delay.TotalMilliseconds);
        await Task.Delay(delay, time, cancellationToken);

        // The copy goes to the back of the queue with the next attempt number; the original is
        // acknowledged only once the broker has confirmed the copy, so a crash in between duplicates, never loses.
        // Once the copy is on its way, shutdown waits for it: abandoning the confirm would duplicate the message.
        await sender.ForwardAsync(queue, delivery.BasicProperties, delivery.Body,
        [
            new(MessageHeaders.Attempt, context.Attempt + 1),
            new(MessageHeaders.Error, MessageHeaders.Describe(failure)),
        ], CancellationToken.None);
        await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None);
        metrics.Retried(queue);
    }

    private async Task DeadLetterAsync(
        IChannel channel,
        BasicDeliverEventArgs delivery,
        MessageContext context,
        string reasonCode,
        string reason)
    {
        // Not cancellable, like the retry copy: a dead letter half-sent at shutdown would end up twice in the DLQ.
        await sender.ForwardAsync(_deadLetterQueue, delivery.BasicProperties, delivery.Body,
        [
            new(MessageHeaders.Attempt, context.Attempt),
            new(MessageHeaders.Error, reason),
            new(MessageHeaders.OriginalQueue, queue),
            new(MessageHeaders.DeadLetteredAt, time.GetUtcNow().ToString("O")),
        ], CancellationToken.None);
        await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None);
        metrics.DeadLettered(queue, reasonCode);
        if (reasonCode != "max_attempts")
        {
            logger.LogError("Message {MessageId} from {Queue} dead-lettered without retries: {Reason}", context.MessageId, queue, reason);
        }
    }

    /// <summary>
    /// The outcome could not be made safe (say, the dead letter was not confirmed): hand the message back
    /// for redelivery after a pause, so a persistent fault does not become a hot loop.
    /// </summary>
    private async Task ReturnForRedeliveryAsync(
        IChannel channel,
        BasicDeliverEventArgs delivery,
        MessageContext context,
        MessagingOptions settings,
        Exception failure,
        CancellationToken cancellationToken)
    {
        logger.LogError(failure, "Could not settle message {MessageId} from {Queue}; returning it to the queue", context.MessageId, queue);
        try
        {
            await Task.Delay(settings.RetryMaxDelay, time, cancellationToken);
            if (channel.IsOpen)
            {
                await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or AlreadyClosedException or OperationInterruptedException)
        {
            // Stopping, or the channel closed: a closed channel returns its unacknowledged messages to the queue by itself.
            logger.LogDebug(ex, "Message {MessageId} left for the broker to redeliver", context.MessageId);
        }
    }
}
