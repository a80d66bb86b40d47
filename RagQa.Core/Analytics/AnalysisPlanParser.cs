using RagQa.Core.Answering;
using V = RagQa.Core.Analytics.AnalysisVocabulary;

namespace RagQa.Core.Analytics;

/// <summary>
/// Reads an analytical question (Portuguese, English or Spanish, with or without accents, with typos) into an
/// <see cref="AnalysisPlan"/>: scores and periods first, then the measure and grouping cues, then the words the reviews
/// must mention; every other content word is reported as unused. Returns null for a question that asks for no figure
/// (it is answered from retrieval, or as a list of themes).
/// </summary>
public static class AnalysisPlanParser
{
    public static AnalysisPlan? Parse(string question)
    {
        var words = new QuestionWords(question);
        var doubts = words.Corrections.Select(c => "corrected:" + c).ToList();
        var scores = ScoreReader.Read(words);
        var periods = PeriodReader.Read(words, doubts);
        var (grouping, groupingKey) = ReadGrouping(words);

        var compare = words.TakeEvery(V.Compare) || (periods.Count == 2 && words.TakeEvery(["x"]));
        var trend = words.TakeEvery(V.Trend) | words.Take(V.TrendPhrases);
        var distribution = words.TakeEvery(V.Distribution);
        var average = words.TakeEvery(V.Average);
        var share = words.TakeEvery(V.Share) | question.Contains('%');
        var yesNoVerb = words.Has(V.YesNoVerbs) && !words.Has(V.Ranking);
        var (readTerms, allTerms) = TermReader.Read(words);
        var terms = readTerms.ToList();
        var count = words.TakeEvery(V.Count);
        words.TakeEvery(V.Population);
        words.TakeEvery(V.ScoreNouns);
        words.TakeEvery(V.Framing);

        // A table by month, year or score is named by its figure ("nota média por ano" is an average), unless the
        // question says trend or distribution; a plain count per score is the score distribution.
        var grouped = grouping != AnalysisGrouping.None;
        var measure = (compare && (periods.Count == 2 || scores.Count == 2)) ? AnalysisMeasure.Comparison
            : trend ? AnalysisMeasure.Trend
            : distribution ? AnalysisMeasure.ScoreDistribution
            : average ? AnalysisMeasure.AverageScore
            : share ? AnalysisMeasure.Share
            : grouping == AnalysisGrouping.Score ? AnalysisMeasure.ScoreDistribution
            : count && (grouped || words.Has(V.Population) || scores.Count > 0 || periods.Count > 0) ? AnalysisMeasure.Count
            : grouped ? AnalysisMeasure.Count
            : terms.Count > 0 && yesNoVerb && OpensAsYesNo(words) ? AnalysisMeasure.YesNo
            : (AnalysisMeasure?)null;
        if (measure is null) return null;

        if (terms.Count == 0 && scores.Count == 0 && periods.Count == 0 && measure is AnalysisMeasure.Count or AnalysisMeasure.Share)
        {
            // "proporção de entregas atrasadas": words left over in a count or share with no other condition are what is
            // counted, read as mentions, and said so (a doubt, not an unused word). Next to a score or a period they more
            // likely ask for something the collection does not record ("clientes de Curitiba"): unused.
            terms = ImpliedTerms(words);
            if (terms.Count > 0) doubts.Add("implied_terms");
        }
        var scoreCondition = scores.Count == 1 ? scores[0].Range : null;
        var period = periods.Count == 1 ? periods[0].Period : null;
        var termCondition = terms.Count > 0 ? new ReviewCondition(TermStems: terms, AllTerms: allTerms) : null;
        var plan = measure switch
        {
            AnalysisMeasure.Comparison => Compare(periods, scores, scoreCondition, period, termCondition, average, share),
            _ => Single(measure.Value, scoreCondition, period, termCondition, average, share),
        };
        if (measure == AnalysisMeasure.Trend && grouping is not (AnalysisGrouping.Month or AnalysisGrouping.Year)) grouping = AnalysisGrouping.Month;
        if (measure == AnalysisMeasure.ScoreDistribution) grouping = AnalysisGrouping.Score;
        if (scores.Count > 1 && measure != AnalysisMeasure.Comparison) doubts.Add("several_scores");
        if (periods.Count > 1 && measure != AnalysisMeasure.Comparison) doubts.Add("several_periods");

        var unused = words.Words.Where((w, i) => !words.IsUsed(i) && w.Length > 1 && !w.All(char.IsDigit)).ToList();
        return plan with
        {
            Grouping = measure is AnalysisMeasure.Comparison or AnalysisMeasure.YesNo ? AnalysisGrouping.None : grouping,
            GroupingKey = grouping == AnalysisGrouping.Metadata ? groupingKey : null,
            Language = LanguageDetector.Detect(question),
            UnusedWords = unused,
            Doubts = doubts,
        };
    }

    /// <summary>
    /// One population: a share or yes/no measures the words the reviews mention if any, else the score range, else the
    /// period, within the rest; a count, an average or a table covers every condition at once.
    /// </summary>
    private static AnalysisPlan Single(AnalysisMeasure measure, ScoreRange? scores, ReviewPeriod? period, ReviewCondition? terms, bool average, bool share)
    {
        var all = new ReviewCondition(scores, period).And(terms ?? ReviewCondition.All);
        var language = AnswerLanguage.Portuguese;
        var measured = measure is AnalysisMeasure.Share or AnalysisMeasure.YesNo || measure == AnalysisMeasure.Trend && share && !average;
        if (!measured)
        {
            var figure = measure == AnalysisMeasure.AverageScore || measure == AnalysisMeasure.Trend && average ? AnalysisMeasure.AverageScore : AnalysisMeasure.Count;
            return measure == AnalysisMeasure.Count
                ? new AnalysisPlan(measure, ReviewCondition.All, all, AnalysisGrouping.None, language)
                : new AnalysisPlan(measure, all, ReviewCondition.All, AnalysisGrouping.None, language) { Figure = figure };
        }
        if (terms is not null) return new AnalysisPlan(measure, new ReviewCondition(scores, period), terms, AnalysisGrouping.None, language) { Figure = AnalysisMeasure.Share };
        if (scores is not null) return new AnalysisPlan(measure, new ReviewCondition(Period: period), new ReviewCondition(scores), AnalysisGrouping.None, language) { Figure = AnalysisMeasure.Share };
        return new AnalysisPlan(measure, ReviewCondition.All, new ReviewCondition(Period: period), AnalysisGrouping.None, language) { Figure = AnalysisMeasure.Share };
    }

    /// <summary>Two periods, or two score groups, side by side; the figure is an average, a share of the rest, or a count.</summary>
    private static AnalysisPlan Compare(
        IReadOnlyList<(ReviewPeriod Period, string Label)> periods, IReadOnlyList<(ScoreRange Range, string Label)> scores,
        ScoreRange? scoreCondition, ReviewPeriod? period, ReviewCondition? terms, bool average, bool share)
    {
        var byPeriod = periods.Count == 2;
        var groups = byPeriod
            ? periods.Select(p => new ComparedGroup(p.Label, new ReviewCondition(Period: p.Period))).ToList()
            : scores.Select(s => new ComparedGroup(s.Label, new ReviewCondition(s.Range))).ToList();
        var figure = average ? AnalysisMeasure.AverageScore : share ? AnalysisMeasure.Share : AnalysisMeasure.Count;
        ReviewCondition base_, subject;
        if (figure == AnalysisMeasure.Share)
        {
            // The share of what the groups are not split by: the words, else the scores (periods compared) or nothing.
            subject = terms ?? (byPeriod && scoreCondition is not null ? new ReviewCondition(scoreCondition) : ReviewCondition.All);
            base_ = new ReviewCondition(byPeriod ? (terms is null ? null : scoreCondition) : null, byPeriod ? null : period);
        }
        else
        {
            subject = ReviewCondition.All;
            base_ = new ReviewCondition(byPeriod ? scoreCondition : null, byPeriod ? null : period).And(terms ?? ReviewCondition.All);
        }
        return new AnalysisPlan(AnalysisMeasure.Comparison, base_, subject, AnalysisGrouping.None, AnswerLanguage.Portuguese)
        {
            Compared = groups,
            Figure = figure,
        };
    }

    /// <summary>
    /// "Os clientes reclamam de X?", "Há reclamações sobre X?", "Do customers complain about X?": a yes/no question
    /// about the collection. "Quem reclamou que…?", "Qual foi a queixa…?" ask about one review instead.
    /// </summary>
    private static bool OpensAsYesNo(QuestionWords words) =>
        words.Words.Count > 0 && !V.SpecificOpeners.Contains(words.Words[0]);

    private static List<string> ImpliedTerms(QuestionWords words)
    {
        var stems = new List<string>();
        for (var i = 0; i < words.Words.Count; i++)
        {
            var word = words.Words[i];
            if (words.IsUsed(i) || word.Length < 3 || word.All(char.IsDigit)) continue;
            var stem = TermStem.Of(word);
            if (!TermStem.IsValid(stem)) continue;
            words.Use(i);
            if (!stems.Contains(stem)) stems.Add(stem);
        }
        return stems;
    }

    /// <summary>"por mês", "per year", "by score", "mensal", or "por X" with a word that may be a metadata key.</summary>
    private static (AnalysisGrouping Grouping, string? Key) ReadGrouping(QuestionWords words)
    {
        string[] by = ["por", "per", "by", "cada", "each", "segun", "segundo"];
        (string[] Nouns, AnalysisGrouping Grouping)[] known =
        [
            (["mes", "meses", "month", "months", "mensal", "mensais"], AnalysisGrouping.Month),
            (["ano", "anos", "year", "years", "anual"], AnalysisGrouping.Year),
            (["nota", "notas", "estrela", "estrelas", "score", "scores", "star", "stars", "estrella", "estrellas", "rating"], AnalysisGrouping.Score),
        ];
        foreach (var (nouns, grouping) in known)
        {
            if (words.Take(by.SelectMany(b => nouns.Select(n => new[] { b, n })))) return (grouping, null);
        }
        if (words.TakeEvery(["mensal", "mensais", "monthly", "mensualmente"])) return (AnalysisGrouping.Month, null);
        if (words.TakeEvery(["anual", "anuais", "yearly", "annually"])) return (AnalysisGrouping.Year, null);
        for (var i = 0; i + 1 < words.Words.Count; i++)
        {
            if (words.IsUsed(i) || !by.Contains(words.Words[i])) continue;
            var key = words.Words[i + 1];
            if (AnalysisVocabulary.IsKnown(key) || key.All(char.IsDigit)) continue;
            words.Use(i, 2);
            return (AnalysisGrouping.Metadata, key);
        }
        return (AnalysisGrouping.None, null);
    }
}
