using RagQa.Core.Caching;

namespace RagQa.Core.Query;

/// <summary>A composed answer as the cache keeps it, and back.</summary>
public static class CachedAnswers
{
    public static CachedAnswer From(ComposedAnswer answer, double confidence) =>
        new(answer.Text, answer.Mode, answer.Citations, confidence, answer.Model, answer.Kind, answer.Analysis, answer.Intent, answer.Language);

    /// <summary>The cached answer as served again: a cache hit, with the intent and language of the question that asks it.</summary>
    public static ComposedAnswer ToComposed(CachedAnswer cached, string? intent, string? language) =>
        new(cached.Text, cached.Citations, cached.Mode)
        {
            Model = cached.Model,
            Intent = intent,
            Language = language,
            CacheHit = true,
            Kind = cached.Kind ?? AnswerKinds.Specific,
            Analysis = cached.Analysis,
        };
}
