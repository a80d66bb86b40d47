namespace RagQa.Core.Documents;

/// <summary>An upload went past the configured size limit; nothing of it is kept.</summary>
public sealed class UploadTooLargeException(long maxBytes) : Exception($"The upload exceeds the limit of {maxBytes} bytes.");
