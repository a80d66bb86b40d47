using System.Text;
using RagQa.Core.Answering;
using P = RagQa.Core.Analytics.AnalysisPhrases;

namespace RagQa.Core.Analytics;

/// <summary>
/// Writes an analytical answer from its counts, in the question's language: what was understood (when the question
/// was only partly understood), the figure with its population, a table for distributions, trends and comparisons, how
/// it was counted, and cited example reviews. Every number comes from <see cref="AnalysisResult"/>.
/// </summary>
public static class AnalysisAnswerWriter
{
    public static AnalysisAnswer Write(AnalysisPlan plan, AnalysisResult result)
    {
        var language = plan.Language;
        var understood = Understood(plan, result);
        var lines = new List<string>();
        if (plan.UnusedWords.Count > 0 || plan.Doubts.Any(d => !d.StartsWith("corrected:", StringComparison.Ordinal)))
        {
            lines.Add(P.Pick(language, "Entendi: ", "I understood: ", "Entendí: ") + understood + ".");
        }
        if (plan.UnusedWords.Count > 0)
        {
            lines.Add(P.Pick(language, "Não usei: ", "Not used: ", "No usé: ") + string.Join(", ", plan.UnusedWords.Select(w => $"'{w}'")) + ".");
        }
        if (result.MissingKey is { } missing)
        {
            lines.Add(P.Pick(language, $"Esta coleção não tem '{missing}': os dados de cada avaliação são nota, data e pedido.",
                $"This collection has no '{missing}': each review has a score, a date and an order.",
                $"Esta colección no tiene '{missing}': cada reseña tiene nota, fecha y pedido."));
            return new AnalysisAnswer(Draft(lines, [], language), Figures(plan, result, understood, "", null));
        }
        var figure = Figure(plan, result).ToList();
        lines.AddRange(figure);
        var definition = Definition(plan, result);
        lines.Add(P.Pick(language, "Como contei: ", "How it was counted: ", "Cómo conté: ") + definition + ".");

        var sources = result.Examples
            .Select((chunk, i) => new AnswerSource(i + 1, chunk, 1.0, QuoteSelector.Select(chunk.Text, plan.Matching.Terms.ToList()), figure[0] + " " + chunk.Text))
            .ToList();
        return new AnalysisAnswer(Draft(lines, sources, language), Figures(plan, result, understood, definition, Value(plan, result)));
    }

    private static AnswerDraft Draft(List<string> framing, IReadOnlyList<AnswerSource> sources, AnswerLanguage language) =>
        WithExamples(string.Join('\n', framing), framing, sources, language, ExtractiveAnswerer.Mode);

    /// <summary>
    /// An answer's text followed by its cited example reviews ("Exemplos:" and one quote per line). The
    /// <paramref name="framing"/> sentences were checked before (written from the counts, or a model's with every number
    /// backed by a count), so grounding keeps them; the quotes are checked against their reviews.
    /// </summary>
    public static AnswerDraft WithExamples(string text, IReadOnlyList<string> framing, IReadOnlyList<AnswerSource> sources, AnswerLanguage language, string mode)
    {
        var builder = new StringBuilder(text);
        var all = new List<string>(framing);
        if (sources.Count > 0)
        {
            var examples = AnswerPhrases.Examples(language);
            builder.Append('\n').Append(examples);
            all.Add(examples);
            foreach (var source in sources) builder.Append('\n').Append($"[{source.Index}] “{source.Quote}”");
        }
        return new AnswerDraft(builder.ToString(), sources, all, mode);
    }

    private static AnalysisFigures Figures(AnalysisPlan plan, AnalysisResult result, string understood, string definition, double? value) => new(
        MeasureName(plan.Measure), definition, understood, plan.UnusedWords, result.Population,
        plan.Measure is AnalysisMeasure.Count or AnalysisMeasure.Share or AnalysisMeasure.YesNo ? result.Matching : null,
        value, result.Rows);

    public static string MeasureName(AnalysisMeasure measure) => measure switch
    {
        AnalysisMeasure.Count => "count",
        AnalysisMeasure.Share => "share",
        AnalysisMeasure.AverageScore => "average_score",
        AnalysisMeasure.ScoreDistribution => "score_distribution",
        AnalysisMeasure.Trend => "trend",
        AnalysisMeasure.Comparison => "comparison",
        _ => "yes_no",
    };

    private static double? Value(AnalysisPlan plan, AnalysisResult result) => plan.Measure switch
    {
        AnalysisMeasure.Count => result.Matching,
        AnalysisMeasure.Share or AnalysisMeasure.YesNo => result.Population == 0 ? 0 : Math.Round((double)result.Matching / result.Population, 6),
        AnalysisMeasure.AverageScore => result.Average is { } average ? Math.Round(average, 4) : null,
        _ => null,
    };

    /// <summary>The main sentence (and table rows) of the answer.</summary>
    private static IEnumerable<string> Figure(AnalysisPlan plan, AnalysisResult result)
    {
        var language = plan.Language;
        var reviews = P.Reviews(language);
        var population = Describe(plan.Population, result, language);
        var subject = Describe(plan.Subject, result, language);
        var (n, total) = (P.Number(result.Matching, language), P.Number(result.Population, language));
        var share = P.Percent(result.Population == 0 ? 0 : (double)result.Matching / result.Population, language);
        switch (plan.Measure)
        {
            case AnalysisMeasure.Count:
                yield return P.Pick(language,
                    $"{n} de {total} avaliações ({share}) {Or(subject, "no total")}.",
                    $"{n} of {total} reviews ({share}) {Or(subject, "in all")}.",
                    $"{n} de {total} reseñas ({share}) {Or(subject, "en total")}.");
                break;
            case AnalysisMeasure.Share:
                yield return P.Pick(language,
                    $"{share} das avaliações{Space(population)} são avaliações {subject}: {n} de {total}.",
                    $"{share} of the reviews{Space(population)} are reviews {subject}: {n} of {total}.",
                    $"El {share} de las reseñas{Space(population)} son reseñas {subject}: {n} de {total}.");
                break;
            case AnalysisMeasure.YesNo:
                yield return result.Matching > 0
                    ? P.Pick(language, $"Sim: {n} de {total} avaliações{Space(population)} ({share}) {subject}.",
                        $"Yes: {n} of {total} reviews{Space(population)} ({share}) are {subject}.",
                        $"Sí: {n} de {total} reseñas{Space(population)} ({share}) {subject}.")
                    : P.Pick(language, $"Não: nenhuma das {total} avaliações{Space(population)} {subject}.",
                        $"No: none of the {total} reviews{Space(population)} is {subject}.",
                        $"No: ninguna de las {total} reseñas{Space(population)} {subject}.");
                break;
            case AnalysisMeasure.AverageScore:
                yield return result.Average is { } average
                    ? P.Pick(language, $"A nota média das {total} avaliações{Space(population)} é {P.Decimal(average, language)} (de 1 a 5).",
                        $"The average score of the {total} reviews{Space(population)} is {P.Decimal(average, language)} (1 to 5).",
                        $"La nota media de las {total} reseñas{Space(population)} es {P.Decimal(average, language)} (de 1 a 5).")
                    : P.Pick(language, "Não há avaliações com nota nesse grupo.", "No reviews with a score in that group.", "No hay reseñas con nota en ese grupo.");
                break;
            default:
                yield return Heading(plan, result, reviews, population, subject);
                foreach (var row in result.Rows) yield return "- " + Row(plan, row);
                if (Extremes(plan, result.Rows) is { } extremes) yield return extremes;
                break;
        }
    }

    private static string Heading(AnalysisPlan plan, AnalysisResult result, string reviews, string population, string subject)
    {
        var language = plan.Language;
        var by = plan.Grouping switch
        {
            AnalysisGrouping.Score => P.Pick(language, "por nota", "by score", "por nota"),
            AnalysisGrouping.Year => P.Pick(language, "por ano", "by year", "por año"),
            AnalysisGrouping.Month => P.Pick(language, "por mês", "by month", "por mes"),
            AnalysisGrouping.Metadata => P.Pick(language, "por ", "by ", "por ") + plan.GroupingKey,
            _ => P.Pick(language, "comparadas", "compared", "comparadas"),
        };
        var what = plan.Figure switch
        {
            AnalysisMeasure.AverageScore => P.Pick(language, "Nota média das avaliações", "Average score of the reviews", "Nota media de las reseñas"),
            AnalysisMeasure.Share => P.Pick(language, $"Parte das avaliações {subject}", $"Share of reviews {subject}", $"Parte de las reseñas {subject}"),
            _ => char.ToUpperInvariant(reviews[0]) + reviews[1..] + Space(subject),
        };
        return $"{what}{Space(population)} {by} ({P.Pick(language, "de", "of", "de")} {P.Number(result.Population, language)}):";
    }

    /// <summary>
    /// "Maior: 2018-03 (53 de 163, 32,5%); menor: 2018-01 (38 de 132, 28,8%)." — the answer to "qual mês teve mais…?" or
    /// "foi maior em 2017 ou em 2018?", by the table's own figure. Nothing when the rows do not differ.
    /// </summary>
    private static string? Extremes(AnalysisPlan plan, IReadOnlyList<AnalysisRow> rows)
    {
        Func<AnalysisRow, double> figure = plan.Figure switch
        {
            AnalysisMeasure.AverageScore => r => r.AverageScore ?? double.NaN,
            AnalysisMeasure.Share => r => r.Share,
            _ => r => r.Count,
        };
        var valued = rows.Where(r => !double.IsNaN(figure(r)) && (plan.Figure != AnalysisMeasure.AverageScore || r.Count > 0)).ToList();
        if (valued.Count < 2) return null;
        var highest = valued.MaxBy(figure)!;
        var lowest = valued.MinBy(figure)!;
        if (figure(highest) == figure(lowest)) return null;
        var language = plan.Language;
        string Label(AnalysisRow row) => RowName(plan, row);
        string Value(AnalysisRow row) => Row(plan, row)[(Label(row).Length + 2)..];
        return P.Pick(language, "Maior: ", "Highest: ", "Mayor: ") + $"{Label(highest)} ({Value(highest)}); "
            + P.Pick(language, "menor: ", "lowest: ", "menor: ") + $"{Label(lowest)} ({Value(lowest)}).";
    }

    /// <summary>A row as the answer names it: "nota 5" for a score, every review by name for the whole a part is set against.</summary>
    private static string RowName(AnalysisPlan plan, AnalysisRow row) =>
        plan.Grouping == AnalysisGrouping.Score ? P.Pick(plan.Language, "nota ", "score ", "nota ") + row.Label
        : row.Label == AnalysisPlanParser.WholeLabel ? P.AllReviews(plan.Language)
        : row.Label;

    private static string Row(AnalysisPlan plan, AnalysisRow row)
    {
        var language = plan.Language;
        var label = RowName(plan, row);
        return plan.Figure switch
        {
            AnalysisMeasure.AverageScore => $"{label}: {(row.AverageScore is { } a ? P.Decimal(a, language) : "–")} ({P.Number(row.Count, language)} {P.Reviews(language)})",
            _ => $"{label}: {P.Number(row.Count, language)} {P.Pick(language, "de", "of", "de")} {P.Number(row.Total, language)} ({P.Percent(row.Share, language)})",
        };
    }

    /// <summary>"contagem de avaliações com nota 5 de 2018", the plan read back in words.</summary>
    public static string Understood(AnalysisPlan plan, AnalysisResult? result = null)
    {
        var language = plan.Language;
        var measure = plan.Measure switch
        {
            AnalysisMeasure.Count => P.Pick(language, "contagem de avaliações", "count of reviews", "recuento de reseñas"),
            AnalysisMeasure.Share => P.Pick(language, "proporção de avaliações", "share of reviews", "proporción de reseñas"),
            AnalysisMeasure.YesNo => P.Pick(language, "se há avaliações", "whether reviews exist", "si hay reseñas"),
            AnalysisMeasure.AverageScore => P.Pick(language, "nota média das avaliações", "average score of reviews", "nota media de las reseñas"),
            AnalysisMeasure.ScoreDistribution => P.Pick(language, "distribuição das notas das avaliações", "score distribution of reviews", "distribución de notas de las reseñas"),
            AnalysisMeasure.Trend => P.Pick(language, "evolução das avaliações", "trend of reviews", "evolución de las reseñas"),
            _ => P.Pick(language, "comparação de avaliações", "comparison of reviews", "comparación de reseñas"),
        };
        var conditions = P.Condition(plan.Matching, result?.Newest, language);
        var groups = plan.Compared.Count > 0
            ? " " + string.Join(P.Pick(language, " e ", " and ", " y "), plan.Compared.Select(g => Or(P.Condition(g.Condition, result?.Newest, language), P.AllReviews(language))))
            : "";
        return measure + Space(conditions) + groups;
    }

    /// <summary>How the figure was counted: the score words' meaning, the mention rule, the period's bounds, one count per review.</summary>
    private static string Definition(AnalysisPlan plan, AnalysisResult result)
    {
        var language = plan.Language;
        var parts = new List<string>();
        var all = new[] { plan.Population, plan.Subject }.Concat(plan.Compared.Select(g => g.Condition)).ToList();
        all.AddRange(all.Select(c => c.Except).OfType<ReviewCondition>().ToList());
        foreach (var scores in all.Select(c => c.Scores).OfType<ScoreRange>().Distinct())
        {
            parts.Add(P.Pick(language, "nota de 1 a 5 estrelas dada pelo cliente", "the customer's 1–5 star score", "nota de 1 a 5 estrellas del cliente"));
            break;
        }
        if (all.Any(c => c.Terms.Count > 0)) parts.Add(P.MentionDefinition(language));
        if (all.Any(c => c.Period is not null))
        {
            parts.Add(P.Pick(language, "data = data de criação da avaliação", "date = the review's creation date", "fecha = fecha de creación de la reseña"));
        }
        if (all.Any(c => c.Period?.IsCountedBack == true) && result.Newest is { } newest)
        {
            parts.Add(P.Pick(language, $"a avaliação mais recente é de {newest:dd/MM/yyyy}", $"the newest review is from {newest:yyyy-MM-dd}", $"la reseña más reciente es del {newest:dd/MM/yyyy}"));
        }
        parts.Add(P.Pick(language, $"cada avaliação contada uma vez, de {P.Number(result.Population, language)} no grupo",
            $"each review counted once, of {P.Number(result.Population, language)} in the group",
            $"cada reseña contada una vez, de {P.Number(result.Population, language)} en el grupo"));
        return string.Join("; ", parts);
    }

    private static string Describe(ReviewCondition condition, AnalysisResult result, AnswerLanguage language) =>
        P.Condition(condition, result.Newest, language);

    private static string Space(string text) => text.Length == 0 ? "" : " " + text;

    private static string Or(string text, string otherwise) => text.Length == 0 ? otherwise : text;
}
