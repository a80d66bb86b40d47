namespace RagQa.Core.Documents;

/// <summary>How many documents are at one stage: a row of <see cref="DocumentStore.CountByStatusAsync"/>.</summary>
internal sealed record DocumentStatusCount(DocumentStatus Status, long Count);
