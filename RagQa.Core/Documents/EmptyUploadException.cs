namespace RagQa.Core.Documents;

/// <summary>An upload had no bytes at all.</summary>
public sealed class EmptyUploadException() : Exception("The uploaded file has no content.");
