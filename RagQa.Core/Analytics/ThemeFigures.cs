using RagQa.Core.Answering;

namespace RagQa.Core.Analytics;

/// <summary>The figures of a theme breakdown ("what do customers complain about most") as data: one row per theme.</summary>
public static class ThemeFigures
{
    public const string Measure = "top_themes";

    public static AnalysisFigures From(ThemeBreakdown breakdown, AnswerLanguage language)
    {
        var scope = breakdown.Scope is { } range ? AnalysisPhrases.Scores(range, language) : "";
        var definition = AnalysisPhrases.Pick(language,
            "temas reconhecidos por um vocabulário de palavras-chave; cada avaliação contada uma vez por tema",
            "themes recognised by a keyword vocabulary; each review counted once per theme",
            "temas reconocidos por un vocabulario de palabras clave; cada reseña contada una vez por tema");
        var rows = breakdown.Themes
            .Select(t => new AnalysisRow(t.Theme.Name(language), t.Reviews, breakdown.ScopeReviews,
                breakdown.ScopeReviews == 0 ? 0 : (double)t.Reviews / breakdown.ScopeReviews, null))
            .ToList();
        var understood = AnalysisPhrases.Pick(language, "temas mais citados nas avaliações ", "most mentioned themes in reviews ", "temas más citados en las reseñas ") + scope;
        return new AnalysisFigures(Measure, definition, understood.Trim(), [], breakdown.ScopeReviews, breakdown.ThemedReviews, null, rows);
    }
}
