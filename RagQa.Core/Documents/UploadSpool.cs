namespace RagQa.Core.Documents;

/// <summary>
/// Copies an upload from the network to a temporary file (deleted when closed) before any database work, so a slow
/// client holds a file handle, not a pooled connection and an open transaction, for as long as it takes to send.
/// </summary>
public static class UploadSpool
{
    private const int BufferSize = 81920;

    /// <returns>The spooled copy, positioned at its start; the caller disposes it.</returns>
    /// <exception cref="UploadTooLargeException">The content exceeded <paramref name="maxBytes"/>; the copy is gone.</exception>
    public static async Task<FileStream> SpoolAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var file = new FileStream(
            Path.Combine(Path.GetTempPath(), $"ragqa-upload-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            BufferSize, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var buffer = new byte[BufferSize];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                // Checked before writing: an oversized upload never takes more than the limit on disk.
                if (file.Length + read > maxBytes) throw new UploadTooLargeException(maxBytes);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
