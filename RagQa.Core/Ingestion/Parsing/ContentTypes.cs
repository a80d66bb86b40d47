using System.Collections.Frozen;

namespace RagQa.Core.Ingestion.Parsing;

/// <summary>The canonical content types the ingestion pipeline reads, and how an upload's type is decided.</summary>
public static class ContentTypes
{
    public const string Csv = "text/csv";
    public const string PlainText = "text/plain";
    public const string Markdown = "text/markdown";
    public const string Pdf = "application/pdf";

    public static readonly IReadOnlyList<string> Supported = [Csv, PlainText, Markdown, Pdf];

    private static readonly FrozenDictionary<string, string> ByExtension = new Dictionary<string, string>
    {
        [".csv"] = Csv,
        [".tsv"] = Csv, // the CSV reader detects the tab delimiter
        [".txt"] = PlainText,
        [".text"] = PlainText,
        [".md"] = Markdown,
        [".markdown"] = Markdown,
        [".pdf"] = Pdf,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> ByDeclaredType = new Dictionary<string, string>
    {
        ["text/csv"] = Csv,
        ["application/csv"] = Csv,
        ["text/comma-separated-values"] = Csv,
        ["text/tab-separated-values"] = Csv,
        ["text/plain"] = PlainText,
        ["text/markdown"] = Markdown,
        ["text/x-markdown"] = Markdown,
        ["application/pdf"] = Pdf,
        ["application/x-pdf"] = Pdf,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The canonical type of an upload from its file name's extension, else (no or an unknown extension) from the
    /// declared media type (parameters such as <c>charset</c> ignored); null when it is not a type we read.
    /// The name comes first because browsers declare generic types (application/octet-stream, or
    /// application/vnd.ms-excel for .csv) while the extension says what the file is.
    /// </summary>
    public static string? Resolve(string? filename, string? declaredType)
    {
        if (ByExtension.TryGetValue(Path.GetExtension(filename ?? ""), out var byName)) return byName;
        var mediaType = declaredType?.Split(';')[0].Trim() ?? "";
        return ByDeclaredType.GetValueOrDefault(mediaType);
    }
}
