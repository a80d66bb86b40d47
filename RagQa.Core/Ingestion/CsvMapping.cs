namespace RagQa.Core.Ingestion;

/// <summary>Which CSV columns make a record's text, id and metadata.</summary>
public sealed record CsvMapping(IReadOnlyList<string> TextColumns, string? IdColumn, IReadOnlyList<string> MetadataColumns)
{
    /// <summary>The Olist order reviews layout: text = title + message, id = review_id.</summary>
    public static readonly CsvMapping OlistReviews = new(
        ["review_comment_title", "review_comment_message"],
        "review_id",
        ["review_score", "review_creation_date", "order_id"]);

    /// <summary>The mapping the uploader gave, else the Olist layout when the header is Olist's, else null.</summary>
    public static CsvMapping? Resolve(IReadOnlyList<string> header, CsvMapping? given)
    {
        if (given is not null) return given;
        var columns = header.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return OlistReviews.TextColumns.Concat([OlistReviews.IdColumn!]).All(columns.Contains) ? OlistReviews : null;
    }

    /// <summary>The mapping given in upload options (<c>text_columns</c>, <c>id_column</c>, <c>metadata_columns</c>, comma-separated), if any.</summary>
    public static CsvMapping? FromOptions(IReadOnlyDictionary<string, string> options)
    {
        if (!options.TryGetValue("text_columns", out var text) || string.IsNullOrWhiteSpace(text)) return null;
        static IReadOnlyList<string> Split(string? value) =>
            (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new CsvMapping(Split(text), options.GetValueOrDefault("id_column"), Split(options.GetValueOrDefault("metadata_columns")));
    }
}
