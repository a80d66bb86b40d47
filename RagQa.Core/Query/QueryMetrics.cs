using System.Diagnostics.Metrics;
using RagQa.Core.Telemetry;

namespace RagQa.Core.Query;

/// <summary>
/// The "RagQa.Query" meter, recorded by the query worker where the work happens (and by the API for an exact repeat
/// it answers from the cache, <see cref="ExactRepeatAnswers"/>): how long a question took and how
/// it ended (<c>ragqa.query.duration</c>), how confident the answer was (<c>ragqa.query.confidence</c>), whether the second reader agreed with it
/// (<c>ragqa.query.second_reading</c>), and what the
/// answer model used (<c>ragqa.llm.tokens</c>, <c>ragqa.llm.estimated_cost</c>). No tag carries question text.
/// </summary>
public sealed class QueryMetrics
{
    public const string MeterName = "RagQa.Query";

    /// <summary>Outcome tag values of <c>ragqa.query.duration</c>.</summary>
    public const string Answered = "answered", NotAnswerable = "not_answerable", Failed = "failed";

    private readonly Histogram<double> _duration;
    private readonly Histogram<double> _confidence;
    private readonly Counter<long> _outOfScope;
    private readonly Counter<long> _secondReadings;
    private readonly Counter<long> _tokens;
    private readonly Counter<double> _cost;

    public QueryMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _duration = meter.CreateHistogram(
            "ragqa.query.duration", "s", "Time the query worker (or the API, for an exact repeat it answered from the cache) took over one question, by intent, mode, cache hit and outcome.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = MetricBuckets.Latency });
        _confidence = meter.CreateHistogram(
            "ragqa.query.confidence", unit: null, "Confidence in [0, 1] of the answers given, by intent and mode.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = MetricBuckets.Confidence });
        _outOfScope = meter.CreateCounter<long>(
            "ragqa.query.out_of_scope", "{question}", "Questions answered with the scope answer (not about the collection): not escalated.");
        _secondReadings = meter.CreateCounter<long>(
            "ragqa.query.second_reading", "{question}", "Answers cross-checked by the second reader, by the answer's reading (answer) and whether the second reader agrees (agrees).");
        _tokens = meter.CreateCounter<long>(
            "ragqa.llm.tokens", "{token}", "Tokens the answer model read (type=input) and wrote (type=output); 0 for extractive answers.");
        _cost = meter.CreateCounter<double>(
            "ragqa.llm.estimated_cost", "{USD}", "Estimated cost of the answer model's tokens at Answers:InputTokenPricePer1k / OutputTokenPricePer1k.");
    }

    /// <summary>A question answered (from the cache or composed), with the answer's confidence.</summary>
    public void Record(ComposedAnswer answer, double confidence, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var intent = new KeyValuePair<string, object?>("intent", answer.Intent ?? "unknown");
        var mode = new KeyValuePair<string, object?>("mode", answer.Mode);
        _duration.Record(elapsed.TotalSeconds, intent, mode, new("cache_hit", answer.CacheHit), new("outcome", OutcomeOf(answer)));
        _confidence.Record(confidence, intent, mode);
    }

    /// <summary>A question answered with the scope answer: it was not about the collection.</summary>
    public void RecordOutOfScope() => _outOfScope.Add(1);

    /// <summary>An answer cross-checked by the second reader: what the answer gives, and whether the second reading agrees.</summary>
    public void RecordSecondReading(string answerReading, bool agrees) =>
        _secondReadings.Add(1, new("answer", answerReading), new("agrees", agrees));

    /// <summary>An attempt that threw; what the question was is not known for sure, so only the outcome is.</summary>
    public void RecordFailure(TimeSpan elapsed) =>
        _duration.Record(elapsed.TotalSeconds, new("intent", "unknown"), new("mode", "none"), new("cache_hit", false), new("outcome", Failed));

    /// <summary>The tokens of one generated answer and their estimated cost (zero for extractive answers, which use no model).</summary>
    public void RecordUsage(string mode, long inputTokens, long outputTokens, double estimatedCost)
    {
        var modeTag = new KeyValuePair<string, object?>("mode", mode);
        _tokens.Add(inputTokens, modeTag, new("type", "input"));
        _tokens.Add(outputTokens, modeTag, new("type", "output"));
        _cost.Add(estimatedCost, modeTag);
    }

    /// <summary>An answer with no citation is the "cannot answer from these sources" reply.</summary>
    public static string OutcomeOf(ComposedAnswer answer) => answer.Citations.Count > 0 ? Answered : NotAnswerable;
}
