using System.Collections.Concurrent;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;
using RagQa.Core.Answering;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Analytics.Tools;

/// <summary>
/// The analysis operations as tools a chat model calls (<see cref="AIFunctionFactory"/>), for one question: each call
/// builds an <see cref="AnalysisPlan"/> from typed arguments and counts it with <see cref="ReviewAnalytics"/> over the
/// question's collection and filters — the same SQL as the rule-based path — and every call is recorded with what it
/// returned (<see cref="Calls"/>), so that the model's answer can be checked against it. Wrong arguments come back to
/// the model as an error it can correct, never as an exception; calls beyond <c>maxCalls</c> are refused.
/// </summary>
public sealed class AnalysisToolSet
{
    public const string CountTool = "count_reviews", AverageTool = "average_score", BreakdownTool = "breakdown_reviews", CompareTool = "compare_groups";

    public const int MaxWhere = 3, MaxKeyLength = 64, MaxValueLength = 100;

    private const string WhereDescription =
        "Optional metadata conditions every counted review must meet, key to exact value (at most 3), e.g. {\"order_status\": \"delivered\"}.";

    /// <summary>Arguments and results in snake_case, as the API writes figures; absent values are left out to keep results small.</summary>
    internal static readonly JsonSerializerOptions Json = new(AnalysisJson.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private readonly ReviewAnalytics _analytics;
    private readonly string _collection;
    private readonly VectorFilter? _filter;
    private readonly AnswerLanguage _language;
    private readonly int _examples;
    private readonly int _maxCalls;
    private readonly ConcurrentQueue<AnalysisToolCall> _calls = new();
    private int _started;

    /// <param name="examples">Example reviews fetched per call, to cite under the answer.</param>
    public AnalysisToolSet(ReviewAnalytics analytics, string collection, VectorFilter? filter, AnswerLanguage language, int examples, int maxCalls)
    {
        (_analytics, _collection, _filter, _language, _examples, _maxCalls) = (analytics, collection, filter, language, examples, maxCalls);
        Tools =
        [
            Create(CountReviewsAsync, CountTool),
            Create(AverageScoreAsync, AverageTool),
            Create(BreakdownAsync, BreakdownTool),
            Create(CompareAsync, CompareTool),
        ];
    }

    public IReadOnlyList<AITool> Tools { get; }

    /// <summary>Every call so far, in order, with its result.</summary>
    public IReadOnlyList<AnalysisToolCall> Calls => _calls.ToArray();

    [Description("Counts the reviews that match a selection, among all reviews or among the reviews of another selection. " +
                 "Returns count, reviews (how many were looked at) and percent (count as a share of reviews). For 'how many' and 'what share'.")]
    public Task<AnalysisToolResult> CountReviewsAsync(
        [Description("The reviews to count.")] ReviewSelection reviews,
        [Description("Optional: count among these reviews only (the whole the percent is of); every review when left out.")] ReviewSelection? among = null,
        [Description(WhereDescription)] IReadOnlyDictionary<string, string>? where = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(CountTool, new { reviews, among, where }, where, cancellationToken, () =>
            Plan(among is null ? AnalysisMeasure.Count : AnalysisMeasure.Share, among, reviews));

    [Description("The mean score (1 to 5) of the reviews of a selection, with how many reviews it is over.")]
    public Task<AnalysisToolResult> AverageScoreAsync(
        [Description("The reviews to average; every review when left out.")] ReviewSelection? reviews = null,
        [Description(WhereDescription)] IReadOnlyDictionary<string, string>? where = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(AverageTool, new { reviews, where }, where, cancellationToken, () => Plan(AnalysisMeasure.AverageScore, reviews, null));

    [Description("A table of the reviews by score (the score distribution), by year or month (a trend), or by a metadata key. " +
                 "Each row has count, total, percent and average_score; with 'counted', count is the counted reviews within the row's group.")]
    public Task<AnalysisToolResult> BreakdownAsync(
        [Description("'score', 'year', 'month', or the name of a metadata key.")] string by,
        [Description("Optional: only these reviews; every review when left out.")] ReviewSelection? reviews = null,
        [Description("Optional: what to count within each row (e.g. negative reviews per month); the rows' sizes when left out.")] ReviewSelection? counted = null,
        [Description(WhereDescription)] IReadOnlyDictionary<string, string>? where = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(BreakdownTool, new { by, reviews, counted, where }, where, cancellationToken, () => Breakdown(by, reviews, counted));

    [Description("Compares two groups of reviews side by side (e.g. two years, two score ranges): one row per group with count, total, percent and average_score.")]
    public Task<AnalysisToolResult> CompareAsync(
        [Description("The first group.")] ReviewSelection first,
        [Description("The second group.")] ReviewSelection second,
        [Description("Optional: what to count within each group (e.g. reviews mentioning 'atraso'); the groups' sizes when left out.")] ReviewSelection? counted = null,
        [Description("Optional: both groups only among these reviews.")] ReviewSelection? among = null,
        [Description(WhereDescription)] IReadOnlyDictionary<string, string>? where = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(CompareTool, new { first, second, counted, among, where }, where, cancellationToken, () => Compare(first, second, counted, among));

    private AIFunction Create(Delegate method, string name) =>
        AIFunctionFactory.Create(method, new AIFunctionFactoryOptions { Name = name, SerializerOptions = Json });

    private async Task<AnalysisToolResult> RunAsync(string tool, object arguments, IReadOnlyDictionary<string, string>? where,
        CancellationToken cancellationToken, Func<(AnalysisPlan? Plan, string? Error)> build)
    {
        using var span = AnalysisToolTelemetry.Source.StartActivity("analysis_tool");
        span?.SetTag("gen_ai.tool.name", tool);
        var (result, analysis, confidence) = await CountAsync(where, build, cancellationToken);
        _calls.Enqueue(new AnalysisToolCall(tool, JsonSerializer.Serialize(arguments, Json), result) { Analysis = analysis, Confidence = confidence });
        span?.SetTag("ragqa.tool_error", result.Error is not null)
            .SetTag("ragqa.tool_result_chars", JsonSerializer.Serialize(result, Json).Length)
            .SetTag("ragqa.tool_result_rows", result.Rows?.Count ?? 0);
        return result;
    }

    private async Task<(AnalysisToolResult Result, AnalysisAnswer? Analysis, double Confidence)> CountAsync(
        IReadOnlyDictionary<string, string>? where, Func<(AnalysisPlan? Plan, string? Error)> build, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _started) > _maxCalls)
        {
            return Failed($"No more tool calls for this question (at most {_maxCalls}); answer with the figures you have.");
        }
        var (filter, whereError) = Filter(_filter, where);
        var (plan, planError) = build();
        if ((whereError ?? planError) is { } error) return Failed(error);

        var result = await _analytics.RunAsync(_collection, plan!, filter, _examples, cancellationToken);
        if (result.MissingKey is { } missing) return Failed($"This collection has no metadata key '{missing}'; break down by score, year or month instead.");
        var answer = AnalysisAnswerWriter.Write(plan!, result);
        return (AnalysisToolResult.From(answer.Figures, result.Average), answer, AnalysisConfidence.Of(plan!, result));
    }

    private static (AnalysisToolResult, AnalysisAnswer?, double) Failed(string error) => (AnalysisToolResult.Failed(error), null, 0);

    private (AnalysisPlan? Plan, string? Error) Plan(AnalysisMeasure measure, ReviewSelection? population, ReviewSelection? subject)
    {
        var (whole, wholeError) = (population ?? ReviewSelection.All).ToCondition();
        var (part, partError) = (subject ?? ReviewSelection.All).ToCondition();
        if ((wholeError ?? partError) is { } error) return (null, error);
        return (new AnalysisPlan(measure, whole!, part!, AnalysisGrouping.None, _language), null);
    }

    private (AnalysisPlan? Plan, string? Error) Breakdown(string by, ReviewSelection? reviews, ReviewSelection? counted)
    {
        var key = by.Trim();
        if (key.Length is 0 or > MaxKeyLength) return (null, $"by must be 'score', 'year', 'month' or a metadata key of at most {MaxKeyLength} characters.");
        var (measure, grouping) = key.ToLowerInvariant() switch
        {
            "score" => (AnalysisMeasure.ScoreDistribution, AnalysisGrouping.Score),
            "year" => (AnalysisMeasure.Trend, AnalysisGrouping.Year),
            "month" => (AnalysisMeasure.Trend, AnalysisGrouping.Month),
            _ => (AnalysisMeasure.Count, AnalysisGrouping.Metadata),
        };
        var (plan, error) = Plan(measure, reviews, counted);
        return (plan is null ? null : plan with { Grouping = grouping, GroupingKey = grouping == AnalysisGrouping.Metadata ? key : null }, error);
    }

    private (AnalysisPlan? Plan, string? Error) Compare(ReviewSelection first, ReviewSelection second, ReviewSelection? counted, ReviewSelection? among)
    {
        var (plan, error) = Plan(AnalysisMeasure.Comparison, among, counted);
        var (a, aError) = first.ToCondition();
        var (b, bError) = second.ToCondition();
        if ((error ?? aError ?? bError) is { } wrong) return (null, wrong);
        var (labelA, labelB) = (Label(a!), Label(b!));
        if (labelA == labelB) return (null, "first and second select the same reviews.");
        return (plan! with { Compared = [new ComparedGroup(labelA, a!), new ComparedGroup(labelB, b!)] }, null);
    }

    /// <summary>A group's row label: its condition in words ("com nota 1 ou 2 (negativas) de 2017").</summary>
    private string Label(ReviewCondition condition) =>
        condition.IsEmpty ? AnalysisPhrases.Reviews(_language) : AnalysisPhrases.Condition(condition, newest: null, _language);

    /// <summary>The query's filter with the call's metadata conditions added (every counted review must meet both).</summary>
    private static (VectorFilter? Filter, string? Error) Filter(VectorFilter? filter, IReadOnlyDictionary<string, string>? where)
    {
        if (where is null || where.Count == 0) return (filter, null);
        if (where.Count > MaxWhere) return (filter, $"where takes at most {MaxWhere} keys.");
        if (where.Any(w => w.Key.Length is 0 or > MaxKeyLength || w.Value.Length > MaxValueLength))
        {
            return (filter, $"where keys have 1 to {MaxKeyLength} characters and values at most {MaxValueLength}.");
        }
        var conditions = (filter?.Conditions ?? []).Concat(where.Select(w => new MetadataCondition(w.Key, EqualTo: w.Value))).ToList();
        return (new VectorFilter(conditions), null);
    }
}
