namespace RagQa.Benchmarks.Eval;

/// <summary>
/// The <c>expected</c> of one line of eval/analytics/truth.jsonl, computed from the CSV by compute_truth.py.
/// A null figure is not checked; <see cref="TableNotEmpty"/> marks top_themes, whose rows the system defines.
/// </summary>
public sealed record ExpectedAnswer(
    string Kind,
    string? Measure = null,
    double? Value = null,
    long? Matching = null,
    long? Population = null,
    IReadOnlyList<ExpectedRow>? Table = null,
    bool TableNotEmpty = false,
    IReadOnlyList<string>? SourceIds = null);
