namespace RagQa.Core.Messaging;

/// <summary>Messages ready for delivery in a queue (not counting ones delivered but unacknowledged), and its consumers.</summary>
public sealed record QueueDepth(string Queue, long Messages, long Consumers);
