using RagQa.Core.Chunks;

namespace RagQa.Core.Analytics;

/// <summary>
/// What <see cref="ReviewAnalytics"/> counted for a plan: the <see cref="Population"/> (reviews the figure is about),
/// the <see cref="Matching"/> ones among them and their mean score, the rows of a table, the newest review date
/// (relative periods end there), and example reviews to cite. <see cref="MissingKey"/> names a grouping key the
/// collection does not have.
/// </summary>
public sealed record AnalysisResult(
    int Population,
    int Matching,
    double? Average,
    IReadOnlyList<AnalysisRow> Rows,
    DateOnly? Newest,
    IReadOnlyList<ChunkRecord> Examples)
{
    public string? MissingKey { get; init; }

    public static AnalysisResult NoSuchKey(string key) => new(0, 0, null, [], null, []) { MissingKey = key };
}
