namespace RagQa.Deployment.Plan;

/// <summary>
/// The queue a worker consumes: KEDA adds a replica per <see cref="MessagesPerReplica"/> ready messages, and each
/// consumer holds at most <see cref="Prefetch"/> unacknowledged ones. KEDA counts ready messages only, so the
/// prefetch stays below the scaling step: a replica's prefetched messages never hide a whole step of backlog.
/// </summary>
public sealed record QueuePlan(string Name, int MessagesPerReplica, int Prefetch);
