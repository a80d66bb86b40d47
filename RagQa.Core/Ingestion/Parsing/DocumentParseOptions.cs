namespace RagQa.Core.Ingestion.Parsing;

/// <summary>What a parser needs to know about an upload besides its bytes.</summary>
/// <param name="FileName">The uploaded file's name; whole-document formats take their source id from it.</param>
/// <param name="CsvMapping">The uploader's CSV column mapping, or null to recognise a known layout.</param>
public sealed record DocumentParseOptions(string? FileName, CsvMapping? CsvMapping)
{
    /// <summary>How much one upload may make the parser hold (configured under <c>Ingestion</c>).</summary>
    public ParseLimits Limits { get; init; } = ParseLimits.Default;

    /// <summary>The options of a stored upload: its file name and its upload options (<c>text_columns</c>, ...).</summary>
    public static DocumentParseOptions FromUpload(string? fileName, IReadOnlyDictionary<string, string> uploadOptions, ParseLimits? limits = null) =>
        new(fileName, CsvMapping.FromOptions(uploadOptions)) { Limits = limits ?? ParseLimits.Default };

    /// <summary>The source id of a whole-document record: the file name without its extension, else "document".</summary>
    public string DocumentSourceId =>
        Path.GetFileNameWithoutExtension(FileName ?? "").Trim() is { Length: > 0 } stem ? stem : "document";
}
