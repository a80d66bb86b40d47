namespace RagQa.Core.Messaging;

/// <summary>Parse, clean, redact and chunk a stored upload.</summary>
public sealed record IngestDocument(Guid DocumentId) : IMessageContract
{
    public static string MessageType => "ingest-document.v1";
}
