using System.Text;

namespace RagQa.Core.Answering;

/// <summary>
/// The answerer used when no language model is configured: answers are made only of real counts, fixed
/// framing sentences (<see cref="AnswerPhrases"/>) and exact quotes of the sources, numbered — never a claim
/// of its own. Each answer says that it is extractive.
/// </summary>
public static class ExtractiveAnswerer
{
    public const string Mode = "extractive";

    /// <summary>The sources' quotes, most relevant first: "[1] “…”".</summary>
    public static AnswerDraft Specific(IReadOnlyList<AnswerSource> sources, AnswerLanguage language)
    {
        if (sources.Count == 0)
        {
            var nothing = AnswerPhrases.NothingFound(language);
            return new AnswerDraft(nothing, sources, [nothing], Mode);
        }
        var intro = AnswerPhrases.SpecificIntro(language, sources.Count);
        var text = new StringBuilder(intro);
        foreach (var source in sources) text.Append('\n').Append($"[{source.Index}] “{source.Quote}”");
        return new AnswerDraft(text.ToString(), sources, [intro], Mode);
    }

    /// <summary>
    /// "Entre as N avaliações negativas (nota 1 a 2), os temas de reclamação mais frequentes são: 1) Atraso na
    /// entrega — 42 avaliações (8%): “…” [1]", from counts over the whole collection.
    /// </summary>
    /// <param name="sources">The breakdown's examples as numbered by <see cref="AnswerSources.FromBreakdown"/>.</param>
    public static AnswerDraft Breakdown(ThemeBreakdown breakdown, IReadOnlyList<AnswerSource> sources, AnswerLanguage language)
    {
        var scope = AnswerPhrases.Scope(language, breakdown);
        var note = AnswerPhrases.CountingNote(language);
        if (breakdown.Themes.Count == 0)
        {
            var none = AnswerPhrases.NoThemes(language, breakdown.ScopeReviews, scope);
            return new AnswerDraft(note + "\n" + none, sources, [note, none], Mode);
        }
        var intro = AnswerPhrases.BreakdownIntro(language, breakdown.Polarity, breakdown.ScopeReviews, scope);
        var text = new StringBuilder(note).Append('\n').Append(intro);
        var next = 0;
        for (var rank = 0; rank < breakdown.Themes.Count; rank++)
        {
            var theme = breakdown.Themes[rank];
            text.Append('\n').Append(AnswerPhrases.ThemeHeading(language, rank + 1, theme.Theme.Name(language), theme.Reviews,
                AnswerSources.Share(theme.Reviews, breakdown.ScopeReviews)));
            var quotes = sources.Skip(next).Take(theme.Examples.Count).Select(s => $" “{s.Quote}” [{s.Index}]");
            text.Append(string.Join(';', quotes));
            next += theme.Examples.Count;
        }
        var themed = AnswerPhrases.ThemedShare(language, breakdown.ThemedReviews, breakdown.ScopeReviews,
            AnswerSources.Share(breakdown.ThemedReviews, breakdown.ScopeReviews));
        text.Append('\n').Append(themed);
        return new AnswerDraft(text.ToString(), sources, [note, intro, themed], Mode);
    }

}
