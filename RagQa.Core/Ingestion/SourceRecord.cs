namespace RagQa.Core.Ingestion;

/// <summary>One record read from an upload (a CSV row, a text file): its own id, its text and metadata.</summary>
public sealed record SourceRecord(string SourceId, string Text, IReadOnlyDictionary<string, string> Metadata);
