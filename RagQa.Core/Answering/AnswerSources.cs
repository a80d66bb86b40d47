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
        var scope = AnswerPhrases.Scope(language, breakdown);
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

    public static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
