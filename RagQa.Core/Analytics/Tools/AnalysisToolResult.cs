namespace RagQa.Core.Analytics.Tools;

/// <summary>
/// What a tool call returns to the model, small on purpose: what was counted in words (<see cref="Understood"/>,
/// <see cref="Definition"/>), the reviews looked at, the matching count and its percentage, the mean score, and the
/// rows of a table; or an <see cref="Error"/> the model can correct. The numbers the model may write are these.
/// </summary>
public sealed record AnalysisToolResult
{
    public string? Understood { get; init; }

    public string? Definition { get; init; }

    /// <summary>The reviews the figure is about (the population).</summary>
    public int? Reviews { get; init; }

    public int? Count { get; init; }

    /// <summary><see cref="Count"/> as a percentage of <see cref="Reviews"/>, two decimals.</summary>
    public double? Percent { get; init; }

    /// <summary>Mean score from 1 to 5, two decimals.</summary>
    public double? AverageScore { get; init; }

    public IReadOnlyList<AnalysisToolRow>? Rows { get; init; }

    public string? Error { get; init; }

    public static AnalysisToolResult Failed(string error) => new() { Error = error };

    /// <summary>The figures of a counted plan, as the model reads them.</summary>
    public static AnalysisToolResult From(AnalysisFigures figures, double? average) => new()
    {
        Understood = figures.Understood,
        Definition = figures.Definition,
        Reviews = figures.Population,
        Count = figures.Matching,
        Percent = figures.Matching is { } matching ? PercentOf(matching, figures.Population) : null,
        AverageScore = average is { } mean ? Math.Round(mean, 2) : null,
        Rows = figures.Table.Count == 0 ? null
            : figures.Table.Select(r => new AnalysisToolRow(r.Label, r.Count, r.Total, Math.Round(r.Share * 100, 2),
                r.AverageScore is { } a ? Math.Round(a, 2) : null)).ToList(),
    };

    private static double PercentOf(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 2);
}
