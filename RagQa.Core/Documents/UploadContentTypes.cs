namespace RagQa.Core.Documents;

/// <summary>The file types the ingestion pipeline can read, decided from the name first and the declared type second.</summary>
public static class UploadContentTypes
{
    public const string Csv = "text/csv";

    public static readonly IReadOnlyList<string> Supported = [Csv];

    /// <returns>The canonical content type, or null when the file cannot be ingested.</returns>
    public static string? Resolve(string filename, string? declared)
    {
        var extension = Path.GetExtension(filename).ToLowerInvariant();
        if (extension == ".csv") return Csv;
        var type = declared?.Split(';')[0].Trim().ToLowerInvariant();
        return type is "text/csv" or "application/csv" && extension.Length == 0 ? Csv : null;
    }
}
