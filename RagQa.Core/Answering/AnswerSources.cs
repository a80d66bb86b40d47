using RagQa.Core.Retrieval;

namespace RagQa.Core.Answering;

/// <summary>Numbers the material an answer may cite: retrieved chunks for a specific question, theme examples for an aggregate one.</summary>
public static class AnswerSources
{
    /// <summary>The best <paramref name="max"/> chunks, quoted around the question's terms.</summary>
    public static IReadOnlyList<AnswerSource> FromRetrieved(string question, IReadOnlyList<RetrievedChunk> ranked, int max)
    {
        var focus = ContentTerms.Of(question).Distinct(StringComparer.Ordinal).ToList();
        return ranked.Take(max)
            .Select((r, i) => new AnswerSource(i + 1, r.Chunk, r.Score, QuoteSelector.Select(r.Chunk.Text, focus), r.Chunk.Text))
            .ToList();
    }

    /// <summary>Each listed theme's examples, in theme order, their evidence headed by the theme's real count.</summary>
    public static IReadOnlyList<AnswerSource> FromBreakdown(ThemeBreakdown breakdown, AnswerLanguage language)
    {
        var scope = AnswerPhrases.Scope(language, breakdown.Polarity, breakdown.Scope);
        var sources = new List<AnswerSource>();
        foreach (var theme in breakdown.Themes)
        {
            var head = AnswerPhrases.ThemeEvidence(language, theme.Theme, theme.Reviews, breakdown.ScopeReviews, scope,
                Share(theme.Reviews, breakdown.ScopeReviews));
            foreach (var example in theme.Examples)
            {
                sources.Add(new AnswerSource(sources.Count + 1, example.Chunk, example.Rank,
                    QuoteSelector.Select(example.Chunk.Text, theme.Theme.FocusStems), head + " " + example.Chunk.Text));
            }
        }
        return sources;
    }

    /// <summary>The examples of a share or count, their evidence headed by the count sentence itself.</summary>
    public static IReadOnlyList<AnswerSource> FromCount(SubjectCount count, AnswerLanguage language)
    {
        var head = AnswerPhrases.CountSentence(language, count);
        var focus = count.Question.Theme?.FocusStems
            ?? (count.Question.Terms is { } terms ? ContentTerms.Of(terms).ToList() : []);
        return count.Examples
            .Select((e, i) => new AnswerSource(i + 1, e.Chunk, e.Rank, QuoteSelector.Select(e.Chunk.Text, focus), head + " " + e.Chunk.Text))
            .ToList();
    }

    public static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
