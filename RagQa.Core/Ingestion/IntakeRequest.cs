namespace RagQa.Core.Ingestion;

/// <summary>What an uploader says about a file: where it goes and how to read it (e.g. CSV column mapping).</summary>
public sealed record IntakeRequest(string Collection, string Filename, string ContentType, IReadOnlyDictionary<string, string> Options);
