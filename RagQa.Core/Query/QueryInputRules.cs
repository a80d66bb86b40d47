using RagQa.Core.Retrieval;

namespace RagQa.Core.Query;

/// <summary>Checks on what a caller sends to /query and /search; each returns an error message or null.</summary>
public static class QueryInputRules
{
    /// <summary>
    /// Metadata filters per request: each is an exact-match condition on a chunk field, and real questions use a handful;
    /// 20,000 were once stored as a 5.2 MB row, and 33,000 overflowed Npgsql's parameter limit (a 500).
    /// </summary>
    public const int MaxMetadataFilters = 16;

    /// <summary>Collection names are at most this long (the table's check).</summary>
    public const int MaxCollectionLength = 64;

    public static string? CheckCollection(string? collection) =>
        collection is { Length: > MaxCollectionLength } ? $"'collection' has at most {MaxCollectionLength} characters." : null;

    public static string? CheckText(string? text, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text)) return $"'{field}' is required and must not be blank.";
        if (text.Length > maxLength) return $"'{field}' has {text.Length} characters; the limit is {maxLength}.";
        return null;
    }

    public static string? CheckTopK(int? topK, int max) =>
        topK is < 1 || topK > max ? $"'top_k' must be between 1 and {max}." : null;

    public static string? CheckFilters(QueryFilters? filters)
    {
        if (filters is null) return null;
        if (filters.MinScore is < 1 or > 5 || filters.MaxScore is < 1 or > 5) return "Review scores are between 1 and 5.";
        if (filters.MinScore > filters.MaxScore) return "'filters.min_score' is greater than 'filters.max_score'.";
        if (filters.DateFrom > filters.DateTo) return "'filters.date_from' is after 'filters.date_to'.";
        if (filters.Metadata is { Count: > MaxMetadataFilters }) return $"'filters.metadata' has {filters.Metadata.Count} entries; the limit is {MaxMetadataFilters}.";
        foreach (var (key, value) in filters.Metadata ?? new Dictionary<string, string>())
        {
            if (string.IsNullOrWhiteSpace(key) || key.Length > 64) return "Metadata filter keys must have 1 to 64 characters.";
            if (value is null || value.Length > 256) return $"The metadata filter '{key}' needs a value of at most 256 characters.";
        }
        return null;
    }
}
