using System.Globalization;
using RagQa.Core.Guardrails;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Retrieval;

/// <summary>
/// Filters a caller can put on /search and /query: review score range, review date range and exact
/// matches on any metadata key present on the chunks.
/// </summary>
public sealed record QueryFilters(int? MinScore, int? MaxScore, DateOnly? DateFrom, DateOnly? DateTo, IReadOnlyDictionary<string, string>? Metadata)
{
    // Migration 009 names both keys too: it stores each chunk's score and day for the counts.
    public const string ScoreKey = "review_score";
    public const string DateKey = "review_creation_date";

    /// <summary>No constraint at all.</summary>
    public static readonly QueryFilters None = new(null, null, null, null, null);

    /// <summary>
    /// Metadata values with personal data replaced as ingestion replaced it in the chunks: the query is stored
    /// without it, and a filter on a redacted field still matches (stored values are placeholders too).
    /// </summary>
    public QueryFilters RedactedWith(PiiRedactor redactor) =>
        Metadata is null ? this : this with { Metadata = Metadata.ToDictionary(m => m.Key, m => redactor.Redact(m.Value).Text) };

    public VectorFilter ToVectorFilter()
    {
        var conditions = new List<MetadataCondition>();
        if (MinScore is not null || MaxScore is not null)
        {
            conditions.Add(new MetadataCondition(ScoreKey, From: MinScore?.ToString(CultureInfo.InvariantCulture), To: MaxScore?.ToString(CultureInfo.InvariantCulture)));
        }
        if (DateFrom is not null || DateTo is not null)
        {
            // Dates are stored as "yyyy-MM-dd HH:mm:ss"; the upper bound takes in the whole last day.
            conditions.Add(new MetadataCondition(DateKey,
                From: DateFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                To: DateTo is null ? null : DateTo.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 23:59:59"));
        }
        foreach (var (key, value) in Metadata ?? new Dictionary<string, string>())
        {
            conditions.Add(new MetadataCondition(key, EqualTo: value));
        }
        return new VectorFilter(conditions);
    }
}
