using System.Diagnostics;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;
using RagQa.Core.Caching;
using RagQa.Core.Escalation;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Query;

/// <summary>
/// One question on its way through the <see cref="QueryPipeline"/>: the stored request, then what each step found.
/// An answer served from the cache sets <see cref="Answer"/> early, and the composing steps leave it as it is.
/// </summary>
public sealed class QueryContext(NewQuery query, long startedTimestamp, Activity? activity)
{
    public NewQuery Query { get; } = query;

    /// <summary>When the worker took the question (<see cref="TimeProvider.GetTimestamp"/>), for the stored latency.</summary>
    public long StartedTimestamp { get; } = startedTimestamp;

    /// <summary>The question's <c>process_query</c> span, which steps tag with what they decided.</summary>
    public Activity? Activity { get; } = activity;

    public ClassifiedQuestion Question { get; set; } = null!;

    /// <summary>Whether the question is about the collection's reviews at all.</summary>
    public QuestionScope Scope { get; set; }

    /// <summary>The typed reading of an analytical question (a figure over the whole collection), else null.</summary>
    public AnalysisPlan? Plan { get; set; }

    /// <summary>The figures of an analytical answer or a theme breakdown, as data for the response.</summary>
    public AnalysisFigures? Figures { get; set; }

    /// <summary>The explicit filters merged with the ones recognised in the question (aggregate questions).</summary>
    public VectorFilter? Filter { get; set; }

    /// <summary>
    /// A list of themes' period counted back from the newest review ("no último trimestre"), resolved when counting;
    /// a fixed period is in <see cref="Filter"/> already (<see cref="ThemePeriodFilter"/>).
    /// </summary>
    public ReviewPeriod? ThemePeriod { get; set; }

    /// <summary>The <see cref="SecondReader"/>'s reading of the question, read once by the first step that needs it.</summary>
    public SecondReading? SecondReading { get; set; }

    /// <summary>The question's <see cref="SecondReading"/>: read by <paramref name="reader"/> the first time a step asks, then kept.</summary>
    public SecondReading ReadWith(SecondReader reader) => SecondReading ??= reader.Read(Query.Question);

    /// <summary>The reviews a list of themes sets aside ("sem contar as de 5 estrelas, o que mais elogiam?"), or null.</summary>
    public ReviewCondition? ThemeExcept { get; set; }

    /// <summary>The words every review of a list of themes mentions ("principais elogios nas que citam 'sempre'"), or null.</summary>
    public ThemeMention? ThemeMention { get; set; }

    /// <summary>The answer's cache key: what is counted (aggregate), or what was retrieved (specific).</summary>
    public AnswerCacheKey? CacheKey { get; set; }

    /// <summary>What the answer is written from, once counted or retrieved.</summary>
    public PreparedSources? Prepared { get; set; }

    public AnswerDraft? Draft { get; set; }

    public ComposedAnswer? Answer { get; set; }

    public double Confidence { get; set; }

    public QueryEscalation? Escalation { get; set; }

    /// <summary>The answer came from the cache: nothing is to be composed, validated or cached again.</summary>
    public bool IsAnswered => Answer is not null;
}
