using System.Globalization;
using System.Text.RegularExpressions;
using V = RagQa.Core.Analytics.AnalysisVocabulary;

namespace RagQa.Core.Analytics;

/// <summary>
/// Periods stated in a question, in order: a year ("em 2017"), a range of years ("entre 2017 e 2018"), a month
/// ("março de 2018", "03/2018", "2018-03"), a month without a year (every year's, and said so), or the last months up
/// to the newest review ("no último trimestre", "nos últimos 6 meses", "last year").
/// </summary>
public static partial class PeriodReader
{
    /// <summary>
    /// "ano passado", "este ano", "this year": read as the calendar year before the newest review's, or its own — what the
    /// question sets' authors meant (r9, r25, r26 "ano passado" as 2017; r17, r18 "este ano" as 2018; all dev) —, since the
    /// reviews end before the present; the answer names the year it counted.
    /// </summary>
    public const string CountedBackYearDoubt = "year_counted_back";

    private static readonly string[][] ThisYear = [["este", "ano"], ["neste", "ano"], ["deste", "ano"], ["esse", "ano"], ["nesse", "ano"], ["desse", "ano"], ["this", "year"], ["ano", "atual"], ["current", "year"], ["ano", "actual"]];

    /// <param name="yearsApart">Whether "de 2017 a 2018" names two years to set side by side ("mudou de 2017 a 2018?")
    /// rather than one range.</param>
    public static IReadOnlyList<(ReviewPeriod Period, string Label)> Read(QuestionWords words, List<string> doubts, bool yearsApart = false)
    {
        var found = new List<(int At, ReviewPeriod Period, string Label)>();
        var w = words.Words;
        var borrowedYears = new List<int>();
        for (var i = 0; i < w.Count; i++)
        {
            // A quoted word is looked for in the reviews ("a palavra 'dez'"), never a month.
            if (words.IsUsed(i) || words.IsQuoted(i)) continue;
            if ((ReadLastPartOfYear(words, i) ?? ReadMonthsAtEdgeOfYear(words, i)) is { } lastPart) found.Add(lastPart);
            else if (ReadYearCountedBack(words, i) is { } countedBack)
            {
                doubts.Add(CountedBackYearDoubt);
                found.Add(countedBack);
            }
            else if (ReadCurrentPartOfYear(words, i) is { } currentPart)
            {
                doubts.Add(CountedBackYearDoubt);
                found.Add(currentPart);
            }
            else if (ReadPenultimate(words, i) is { } penultimate) found.Add(penultimate);
            else if (ReadRelative(words, i) is { } relative) found.Add((i, relative, $"last_{relative.LastMonths}_months"));
            else if (ReadBothHalves(words, i) is { } halves) found.AddRange(halves);
            else if (ReadPartOfYear(words, i, doubts, borrowedYears) is { } part) found.Add(part);
            else if (RecentWords(words, i) is > 0 and var recentWords)
            {
                words.Use(i, recentWords);
                // "ultimamente", "lately", "recentemente": the last quarter, the reading of 6 of the 8 such dev questions of rounds 1–36.
                doubts.Add(RecentAsLastQuarterDoubt);
                found.Add((i, new ReviewPeriod(LastMonths: 3), "last_3_months"));
            }
            else if ((MonthOf(w[i]) ?? AbbreviatedMonthBeforeYear(w, i)) is { } month) found.Add(ReadMonth(words, i, month, doubts));
            else if (Year(w, i) is { } year) found.Add(ReadYear(words, i, year, yearsApart));
        }
        // "Em 2017, o segundo semestre…": the year a part of it borrowed is not a period of its own.
        found.RemoveAll(f => borrowedYears.Contains(f.At) && f.Period is { From.Month: 1, To.Month: 12 });
        var read = PartOfEachYear(words, doubts, SamePartElided(words, JoinMonths(words, JoinMonthList(words, ShareYear(SameSpanEarlier(words, PreviousSpan(words, Included(words, Negated(words, Corrected(words, found.OrderBy(f => f.At).ToList(), doubts))))), doubts)), yearsApart, doubts)));
        // "nos três meses mais recentes (o último trimestre)": the same period said twice is one.
        return Until(words, Onward(words, Apposed(words, SpanNamedByItsMonths(words, DropRestated(words, read, doubts)), doubts)))
            .DistinctBy(f => f.Period).Select(f => (f.Period, f.Label)).ToList();
    }

    /// <summary>"2017 — não, 2018", "March 2018 — sorry, I mean April", "de 2017 — no wait, 2018": a period the asker took back.</summary>
    private static readonly string[][] TakenBack =
    [
        ["nao"], ["no"], ["sorry"], ["perdao"], ["perdon"], ["desculpa"], ["digo"], ["wait"], ["espera"], ["oops"], ["i", "mean"], ["or", "rather"],
        ["mejor", "dicho"], ["corrigindo"], ["corrijo"], ["correction"], ["pera"], ["perai"], ["scratch", "that"], ["actually"],
    ];

    /// <summary>Words that may follow the taking back before the period meant ("não, espera, em 2018").</summary>
    private static readonly HashSet<string> TakenBackFillers =
        ["espera", "wait", "sorry", "perdao", "perdon", "i", "mean", "em", "in", "en", "de", "del", "of", "the", "o", "a", "el", "la", "s", "no", "nao", "digo",
         "pera", "perai", "scratch", "that", "actually", "just", "only", "so", "solo", "for", "meant", "quise", "decir", "quis", "dizer"];

    /// <summary>
    /// "em 2017 — não, em 2018 —", "in March 2018 — sorry, I mean April 2018": of two periods with a taking back between them,
    /// after a dash or a comma, the first was said by mistake; only the second is read.
    /// </summary>
    private static List<(int At, ReviewPeriod Period, string Label)> Corrected(QuestionWords words, List<(int At, ReviewPeriod Period, string Label)> found, List<string> doubts)
    {
        for (var i = found.Count - 2; i >= 0; i--)
        {
            if (TakenBackAt(words, found[i].At, found[i + 1].At) is not { } cue) continue;
            words.Use(cue, found[i + 1].At - cue);
            found.RemoveAt(i);
            doubts.Add(TakenBackDoubt);
        }
        return found;
    }

    /// <summary>
    /// Where the words between something said at <paramref name="firstAt"/> and its replacement at <paramref name="secondAt"/>
    /// take the first back ("2017 — não, 2018", "4 estrellas, perdón, quise decir 5"): a cue after a dash or a comma, and
    /// nothing but fillers after it; null when they do not.
    /// </summary>
    internal static int? TakenBackAt(QuestionWords words, int firstAt, int secondAt)
    {
        var cue = Enumerable.Range(firstAt + 1, Math.Max(0, secondAt - firstAt - 1))
            .FirstOrDefault(k => !words.IsUsed(k) && words.EndsClause(k - 1) && TakenBack.Any(p => words.MatchesAt(k, p)), -1);
        return cue >= 0 && Enumerable.Range(cue, secondAt - cue).All(k => words.IsUsed(k) || TakenBackFillers.Contains(words.Words[k])) ? cue : null;
    }

    /// <summary>
    /// "avg score in 2018, not 2017", "reviews from March 2018 but not in April 2018": a period said not to be meant, beside
    /// one that is and shares no day with it, adds nothing to count.
    /// </summary>
    private static List<(int At, ReviewPeriod Period, string Label)> Negated(QuestionWords words, List<(int At, ReviewPeriod Period, string Label)> found)
    {
        static bool Apart(ReviewPeriod a, ReviewPeriod b) => a is { From: { } aFrom, To: { } aTo } && b is { From: { } bFrom, To: { } bTo } && (aTo < bFrom || bTo < aFrom);
        var w = words.Words;
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var at = found[i].At;
            var not = at >= 1 && w[at - 1] == "not" ? at - 1 : at >= 2 && w[at - 2] == "not" && w[at - 1] is "in" or "from" or "during" ? at - 2 : -1;
            if (not < 0 || words.IsUsed(not) || !found.Where((_, j) => j != i).Any(f => Apart(f.Period, found[i].Period))) continue;
            words.Use(not, at - not);
            found.RemoveAt(i);
        }
        return found;
    }

    /// <summary>"included", "incluído", "incluido": said after a year that is one of a series, not the reviews to count within.</summary>
    private static readonly HashSet<string> IncludedAfter = ["included", "incluido", "incluida", "incluidos", "incluso"];

    /// <summary>"including", "incluindo", "incluyendo": said before such a year.</summary>
    private static readonly HashSet<string> IncludingBefore = ["including", "incluindo", "incluyendo", "inclusive", "incluso"];

    /// <summary>
    /// "the average score for each year, 2016 included", "por ano, incluindo 2016", "tds os anos, incluso 2016": a year named
    /// as part of the whole, to say it is not left out. It counts all the reviews, so it is no period of the question.
    /// </summary>
    private static List<(int At, ReviewPeriod Period, string Label)> Included(QuestionWords words, List<(int At, ReviewPeriod Period, string Label)> found)
    {
        var w = words.Words;
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var at = found[i].At;
            if (w[at].Length != 4 || !w[at].All(char.IsAsciiDigit)) continue;
            var cue = at + 1 < w.Count && IncludedAfter.Contains(w[at + 1]) ? at + 1 : at >= 1 && IncludingBefore.Contains(w[at - 1]) ? at - 1 : -1;
            if (cue < 0 || words.IsUsed(cue)) continue;
            words.Use(cue, 1);
            found.RemoveAt(i);
        }
        return found;
    }

    /// <summary>A period the asker took back and replaced ("2017 — não, 2018"), read as the replacement.</summary>
    public const string TakenBackDoubt = "period_taken_back";

    /// <summary>
    /// "o último mês de los datos, agosto de 2018", "August 2018, the final month of data,", "agosto de 2018 foi o último mês
    /// da base": a period counted back from the newest review and a dated one of as many months, set side by side after a
    /// comma or said to be one another, are one period said twice; the dated
    /// saying is the exact one (doubt <c>restated_period</c>).
    /// </summary>
    private static List<(int At, ReviewPeriod Period, string Label)> Apposed(QuestionWords words, List<(int At, ReviewPeriod Period, string Label)> found, List<string> doubts)
    {
        static int? Months(ReviewPeriod p) => p switch
        {
            { LastMonths: { } last } => last,
            { YearsBack: not null, FirstMonth: { } first, LastMonth: { } last } => last - first + 1,
            { PartMonths: { } part } => part,
            { YearsBack: not null } => 12,
            { From: { Day: 1 } from, To: { } to } when to.Day == DateTime.DaysInMonth(to.Year, to.Month) => ReviewPeriod.MonthsApart(from, to) + 1,
            _ => null,
        };
        found = [.. found.OrderBy(f => f.At)];
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var (first, second) = (found[i], found[i + 1]);
            if (first.Period.IsCountedBack == second.Period.IsCountedBack || Months(first.Period) is not { } months || Months(second.Period) != months
                || second.At - first.At > 10
                || !Enumerable.Range(first.At, second.At - first.At).Any(k => words.EndsClause(k) || Copulas.Contains(words.Words[k]))
                || !Enumerable.Range(first.At + 1, second.At - first.At - 1).All(k => words.IsUsed(k) || ApposedFillers.Contains(words.Words[k]) || Copulas.Contains(words.Words[k])))
            {
                continue;
            }
            found.RemoveAt(first.Period.IsCountedBack ? i : i + 1);
            doubts.Add(AnalysisPlanParser.RestatedPeriodDoubt);
        }
        return found;
    }

    /// <summary>"Agosto de 2018 foi o último mês da base", "agosto de 2018 es el mes más nuevo": one period said to be the other.</summary>
    private static readonly HashSet<string> Copulas = ["foi", "e", "era", "es", "fue", "was", "is"];

    /// <summary>Words between a period and its restatement that say nothing: "o último mês de los datos, agosto de 2018".</summary>
    private static readonly HashSet<string> ApposedFillers =
    [
        "de", "da", "do", "del", "of", "the", "o", "a", "el", "la", "los", "las", "os", "as", "in", "em", "en", "na", "no", "base", "dados", "datos", "data",
        "dataset", "that", "is", "que", "e", "es",
        // "August 2018, which I understand is the most recent month in the data".
        "which", "i", "understand", "believe", "think", "eu", "yo", "acho", "creo", "entendo", "entiendo",
    ];

    /// <summary>"nos últimos tempos", "these days", "hoy en día": lately, in more than one word.</summary>
    private static readonly string[][] RecentPhrases =
        [["ultimos", "tempos"], ["these", "days"], ["hoje", "em", "dia"], ["hoy", "en", "dia"], ["nowadays"], ["de", "un", "tiempo", "para", "aca"]];

    /// <summary>How many words from <paramref name="i"/> say "lately", or 0.</summary>
    private static int RecentWords(QuestionWords words, int i) =>
        V.Recent.Any(p => QuestionWords.Matches(words.Words[i], p)) ? 1 : RecentPhrases.FirstOrDefault(p => words.MatchesAt(i, p))?.Length ?? 0;

    /// <summary>"recentemente", "lately" with no span named, read as the last quarter.</summary>
    public const string RecentAsLastQuarterDoubt = "recent_as_last_quarter";

    /// <summary>"o fim de 2017", "early 2018": the edge of a year read as its last or first quarter.</summary>
    public const string EdgeOfYearDoubt = "edge_of_year_as_quarter";

    private static readonly string[] Before = ["anterior", "anteriores", "previous", "prior", "precedente", "precedentes", "previos", "previas"];

    /// <summary>
    /// Where "anterior", "previous" or "prior" is said after an article or one of <paramref name="spans"/> ("ao anterior",
    /// "the previous one", "o semestre anterior"), unread; -1 when it is not.
    /// </summary>
    private static int PreviousSaidAt(QuestionWords words, params string[] spans)
    {
        var w = words.Words;
        return Enumerable.Range(1, Math.Max(0, w.Count - 1)).FirstOrDefault(k => !words.IsUsed(k) && w[k] is "anterior" or "previous" or "prior"
            && (w[k - 1] is "ao" or "al" or "o" or "el" or "the" || spans.Contains(w[k - 1])), -1);
    }

    /// <summary>
    /// "o último trimestre e o trimestre anterior", "last quarter vs the previous quarter", "el último mes frente al
    /// anterior": next to the last months, the same span said as the one before is the span before them, not the same
    /// months again.
    /// </summary>
    private static List<(int At, ReviewPeriod Period, string Label)> PreviousSpan(QuestionWords words, List<(int At, ReviewPeriod Period, string Label)> found)
    {
        var w = words.Words;
        // "este ano em relação ao ano anterior", "¿mejoró este año respecto al anterior?": beside this calendar year, the year
        // before is the calendar year before it, not the last 12 months.
        if (found.Count(f => f.Period.YearsBack == 0) == 1 && found.Count(f => f.Period.IsCountedBack) == 1 && PreviousSaidAt(words, "ano", "year") is > 0 and var yearAt)
        {
            words.Use(yearAt);
            found.Add((yearAt, new ReviewPeriod(YearsBack: 1), "last_year"));
        }
        // "este semestre con el anterior", "this quarter against the previous one": the part before the newest review's.
        if (found is [{ Period: { PartMonths: { } part, PartsBack: null } }] && PreviousSaidAt(words, "semestre", "trimestre", "quarter", "half") is > 0 and var partAt)
        {
            words.Use(partAt);
            found.Add((partAt, new ReviewPeriod(PartMonths: part, PartsBack: 1), part == 6 ? "previous_half" : "previous_quarter"));
        }
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Period is { LastMonths: 12, SkippedMonths: null } && found.Any(f => f.Period.YearsBack == 0)) found[i] = (found[i].At, new ReviewPeriod(YearsBack: 1), "last_year");
        }
        var relative = found.Where(f => f.Period is { LastMonths: not null, SkippedMonths: null }).ToList();
        // "os seis meses anteriores": after the count and its noun.
        bool SaidBefore(int at) => Enumerable.Range(Math.Max(0, at - 1), 3).Any(k => k < w.Count && Before.Contains(w[k]))
            || at + 2 < w.Count && V.MonthWords.Contains(w[at + 1]) && (Before.Contains(w[at + 2]) || w[at + 2] == "before");
        if (relative.Count == 2 && relative[0].Period == relative[1].Period && SaidBefore(relative[0].At) != SaidBefore(relative[1].At))
        {
            var earlier = SaidBefore(relative[0].At) ? relative[0] : relative[1];
            var months = earlier.Period.LastMonths!.Value;
            found[found.IndexOf(earlier)] = (earlier.At, earlier.Period with { SkippedMonths = months }, $"previous_{months}_months");
            // "the 90 days before that": "before" (and what it points back to) said after the span.
            if (earlier.At + 2 < w.Count && w[earlier.At + 2] == "before")
            {
                words.Use(earlier.At + 2, earlier.At + 3 < w.Count && w[earlier.At + 3] is "that" or "it" or "them" ? 2 : 1);
            }
        }
        else if (relative.Count == 1 && !SaidBefore(relative[0].At))
        {
            // "o último trimestre em relação ao anterior": the span is said once.
            var months = relative[0].Period.LastMonths!.Value;
            // "…ou no trimestre imediatamente anterior a ele": "immediately" says the same.
            bool Immediately(int k) => k > 0 && w[k] is "imediatamente" or "immediately" or "inmediatamente" or "logo" && !words.IsUsed(k);
            var at = Enumerable.Range(relative[0].At + 1, Math.Max(0, w.Count - relative[0].At - 1))
                .FirstOrDefault(k => !words.IsUsed(k) && Before.Contains(w[k])
                    && (w[k - 1] is "o" or "ao" or "do" or "the" or "el" or "al" or "del" or "a" or "com" || Immediately(k - 1)), -1);
            if (at > 0 && Immediately(at - 1))
            {
                words.Use(at - 1);
                if (at >= 2 && V.Spans.Any(s => s.Pattern == w[at - 2]) && !words.IsUsed(at - 2)) words.Use(at - 2);
            }
            // "last month versus the month before it", "o último trimestre contra o trimestre antes dele": the span named again, then "before".
            var said = 1;
            if (at < 0)
            {
                // "the last six months against the six months before that": the count said again with its noun.
                bool CountAgain(int k) => NumberWords.Of(w[k]) == months && k + 2 < w.Count && V.MonthWords.Contains(w[k + 1]) && !words.IsUsed(k + 1);
                // "before", or "just before", "logo antes": a word that only says how close.
                int BeforeLength(int k) => k < w.Count && w[k] is "before" or "antes" ? 1
                    : k + 1 < w.Count && w[k] is "just" or "right" or "immediately" or "justo" or "logo" && w[k + 1] is "before" or "antes" ? 2 : 0;
                at = Enumerable.Range(relative[0].At + 1, Math.Max(0, w.Count - relative[0].At - 2))
                    // "last qtr vs the one before it": "one" stands for the span.
                    .FirstOrDefault(k => !words.IsUsed(k) && ((V.Spans.Any(s => s.Pattern == w[k]) || w[k] is "one" or "uno" or "una") && BeforeLength(k + 1) > 0
                        || CountAgain(k) && BeforeLength(k + 2) > 0), -1);
                if (at > 0)
                {
                    var spanWords = CountAgain(at) ? 2 : 1;
                    spanWords += BeforeLength(at + spanWords);
                    said = at + spanWords < w.Count && w[at + spanWords] is "it" or "that" or "them" or "dele" or "dela" or "deles" or "delas" or "desse" or "dessa" or "ese" or "esa" ? spanWords + 1 : spanWords;
                }
            }
            if (at > 0)
            {
                words.Use(at, said);
                found.Add((at, relative[0].Period with { SkippedMonths = months }, $"previous_{months}_months"));
            }
        }
        return found;
    }

    private static readonly HashSet<string> Same = ["mesmo", "mesma", "mismo", "misma", "same"];

    private static readonly HashSet<string> SpanNouns =
        ["periodo", "period", "trecho", "intervalo", "stretch", "window", "janela", "meses", "months", "mes", "month", "trimestre", "quarter", "semestre", "half"];

    /// <summary>
    /// "o último trimestre frente ao mesmo trimestre do ano passado", "the last quarter against the same quarter last
    /// year": beside the last months, the same span in the year before is those months a year earlier, not the whole year;
    /// "o mesmo trecho de 2017, de junho a agosto": the words that say so are read.
    /// </summary>
    private static List<(int At, ReviewPeriod Period, string Label)> SameSpanEarlier(QuestionWords words, List<(int At, ReviewPeriod Period, string Label)> found)
    {
        var w = words.Words;
        var relative = found.Where(f => f.Period is { LastMonths: not null, SkippedMonths: null }).ToList();
        for (var i = 0; i + 1 < w.Count; i++)
        {
            if (words.IsUsed(i) || !Same.Contains(w[i]) || words.IsUsed(i + 1) || !SpanNouns.Contains(w[i + 1])) continue;
            var later = found.Where(f => f.At > i + 1 && f.At <= i + 5).ToList();
            if (later.Count == 0 || found.Count < 2) continue;
            words.Use(i, 2);
            // "do ano passado" (the calendar year before) or "del año anterior" (read as the last twelve months): a year earlier.
            var before = relative.Where(r => r != later[0]).ToList();
            if (before.Count == 1 && later[0].Period is { YearsBack: 1 } or { LastMonths: 12, SkippedMonths: null })
            {
                var months = before[0].Period.LastMonths!.Value;
                found[found.IndexOf(later[0])] = (later[0].At, before[0].Period with { SkippedMonths = 12 }, $"last_{months}_months_a_year_before");
            }
        }
        return found;
    }

    /// <summary>
    /// "o penúltimo trimestre", "el penúltimo mes", "o trimestre anterior ao último", "the quarter before the last": the
    /// span before the last one.
    /// </summary>
    private static (int, ReviewPeriod, string)? ReadPenultimate(QuestionWords words, int i)
    {
        var w = words.Words;
        (string Pattern, int Months) SpanAt(int k) => k < w.Count ? V.Spans.FirstOrDefault(s => s.Pattern == w[k]) : default;
        var length = w[i] is "penultimo" or "penultima" or "penultimate" && SpanAt(i + 1).Pattern is not null ? 2
            : SpanAt(i).Pattern is not null && i + 3 < w.Count && w[i + 1] is "anterior" or "before" && w[i + 2] is "ao" or "a" or "al" or "the"
              && w[i + 3] is "ultimo" or "ultima" or "last" ? 4
            // "o último trimestre com o trimestre anterior a ele", "el anterior a ese", "the quarter before it": before the last one named.
            : SpanAt(i).Pattern is not null && i + 3 < w.Count && w[i + 1] is "anterior" or "before" && w[i + 2] is "a" or "al"
              && w[i + 3] is "ele" or "ela" or "esse" or "essa" or "este" or "esta" or "ese" or "esa" or "mismo" or "misma" ? 4
            : SpanAt(i).Pattern is not null && i + 2 < w.Count && w[i + 1] == "before" && w[i + 2] is "it" or "that" ? 3
            : 0;
        if (length == 0) return null;
        var months = (length == 2 ? SpanAt(i + 1) : SpanAt(i)).Months;
        words.Use(i, length);
        return (i, new ReviewPeriod(LastMonths: months, SkippedMonths: months), $"previous_{months}_months");
    }

    /// <summary>
    /// "nos últimos dois meses, julho e agosto de 2018": the last months restated by their names are one range of those
    /// months, not three periods.
    /// </summary>
    private static List<(int At, ReviewPeriod Period, string Label)> SpanNamedByItsMonths(QuestionWords words, List<(int At, ReviewPeriod Period, string Label)> found)
    {
        var relative = found.Where(f => f.Period.LastMonths is not null).ToList();
        var namedAt = found.Where(f => f.Period is { From: { Day: 1 }, To: { } to } && to.Day == DateTime.DaysInMonth(to.Year, to.Month)).ToList();
        var named = namedAt.Select(f => f.Period).OrderBy(p => p.From).ToList();
        if (relative.Count != 1 || named.Count == 0 || named.Count + 1 != found.Count) return found;
        // Said right after the last months, as their names ("…, julho e agosto"); "o último trimestre ou o primeiro de 2018" is two periods.
        // "el último trimestre, de junio a agosto de 2018": the range's own "de"/"from" may stand between them; "August 2018,
        // the newest month in the data": the names may come first.
        var restatedAt = namedAt.Min(f => f.At);
        var w = words.Words;
        var (from, to) = restatedAt > relative[0].At ? (relative[0].At, restatedAt) : (restatedAt, relative[0].At);
        if (!Enumerable.Range(from, to - from).All(k => words.IsUsed(k) || w[k] is "de" or "del" or "from" or "entre" or "between" or "the" or "o" or "a" or "el" or "la"))
        {
            return found;
        }
        var contiguous = named.Zip(named.Skip(1), (a, b) => a.To!.Value.AddDays(1) == b.From).All(x => x);
        var (first, last) = (named[0].From!.Value, named[^1].To!.Value);
        var months = ReviewPeriod.MonthsApart(first, last) + 1;
        if (!contiguous || months != relative[0].Period.LastMonths) return found;
        return [(relative[0].At, new ReviewPeriod(first, last), ReviewPeriod.MonthRangeLabel(first, last))];
    }

    /// <summary>
    /// "até dezembro de 2017", "hasta junio de 2017", "up to 2017": from the first review to the period's end; "antes de
    /// 2017", "anteriores a 2017", "before March 2018": to the day before it starts. (A range's "de março até junho" was
    /// joined before.)
    /// </summary>
    private static List<(int At, ReviewPeriod Period, string Label)> Until(QuestionWords words, List<(int At, ReviewPeriod Period, string Label)> found)
    {
        var w = words.Words;
        bool Free(int k) => k >= 0 && !words.IsUsed(k);
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Period is not { From: { } from, To: { } to }) continue;
            var at = found[i].At;
            var (said, before) = Free(at - 1) && w[at - 1] is "ate" or "hasta" or "until" or "till" ? (1, false)
                : Free(at - 2) && Free(at - 1) && w[at - 2] == "up" && w[at - 1] == "to" ? (2, false)
                : Free(at - 1) && w[at - 1] == "before" ? (1, true)
                : Free(at - 2) && Free(at - 1) && w[at - 2] is "antes" or "anteriores" or "anterior" or "previas" or "prior" && w[at - 1] is "de" or "a" or "al" or "del" or "do" or "da" or "to" ? (2, true)
                : (0, false);
            if (said == 0) continue;
            words.Use(at - said, said);
            var end = before ? from.AddDays(-1) : to;
            // "os 12 meses até agosto de 2018", "the twelve months up to August 2018": that many months, ending with it.
            var monthsAt = at - said - 1;
            if (!before && monthsAt >= 1 && V.MonthWords.Contains(w[monthsAt]) && Free(monthsAt) && Free(monthsAt - 1)
                && NumberWords.Of(w[monthsAt - 1]) is { } months and > 0 and <= 120)
            {
                words.Use(monthsAt - 1, 2);
                var first = new DateOnly(end.Year, end.Month, 1).AddMonths(1 - months);
                found[i] = (monthsAt - 1, new ReviewPeriod(first, end), ReviewPeriod.MonthRangeLabel(first, end));
                continue;
            }
            found[i] = (at - said, new ReviewPeriod(To: end), $"-{end:yyyy-MM-dd}");
        }
        return found;
    }

    private static readonly string[][] OnwardPhrases =
    [
        ["em", "diante"], ["pra", "frente"], ["para", "frente"], ["ate", "hoje"], ["ate", "agora"], ["onwards"], ["onward"], ["en", "adelante"],
        ["hasta", "hoy"], ["hasta", "ahora"], ["pra", "ca"], ["para", "ca"], ["para", "aca"], ["hasta", "aca"], ["to", "date"], ["until", "now"], ["till", "now"], ["to", "now"], ["up", "to", "now"],
    ];

    /// <summary>"de janeiro de 2018 em diante", "de 2016 até hoje", "de setembro de 2017 pra cá", "from March 2018 onwards": from the period's start on to the newest review.</summary>
    private static List<(int At, ReviewPeriod Period, string Label)> Onward(QuestionWords words, List<(int At, ReviewPeriod Period, string Label)> found)
    {
        var w = words.Words;
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Period is not { From: { } from, To: not null }) continue;
            var next = found[i].At + 1;
            while (next < w.Count && words.IsUsed(next)) next++;
            var phrase = OnwardPhrases.FirstOrDefault(p => next + p.Length <= w.Count && p.Select((x, j) => w[next + j] == x).All(x => x));
            // "de 2016 até o ano mais recente da base", "from March 2018 to the latest month": on to a span that ends at the newest review.
            var toNewest = phrase is null && i + 1 < found.Count && next < w.Count && w[next] is "ate" or "to" or "until" or "hasta" or "through"
                && found[i + 1].Period is { SkippedMonths: null } newest && (newest.LastMonths is not null || newest.YearsBack == 0)
                && Enumerable.Range(next + 1, Math.Max(0, found[i + 1].At - next - 1)).All(k => w[k] is "o" or "a" or "the" or "el" or "la");
            if (phrase is null && !toNewest) continue;
            words.Use(next, phrase?.Length ?? 1);
            if (toNewest) found.RemoveAt(i + 1);
            found[i] = (found[i].At, new ReviewPeriod(From: from), $"{ReviewPeriod.MonthLabel(from.Year, from.Month)}-");
        }
        return found;
    }

    /// <summary>
    /// "junho, julho e agosto de 2018", "June, July and August 2018": three or more consecutive months listed are one
    /// range (two are more often set side by side).
    /// </summary>
    private static List<(int At, ReviewPeriod Period, string Label)> JoinMonthList(QuestionWords words, List<(int At, ReviewPeriod Period, string Label)> found)
    {
        static bool IsMonth(ReviewPeriod p) => p is { From: { } from, To: { } to } && from.Day == 1 && to == from.AddMonths(1).AddDays(-1);
        var w = words.Words;
        for (var start = 0; start + 2 < found.Count; start++)
        {
            var end = start;
            while (end + 1 < found.Count && IsMonth(found[end].Period) && IsMonth(found[end + 1].Period)
                   && found[end + 1].Period.From == found[end].Period.From!.Value.AddMonths(1)
                   && (found[end + 1].At == found[end].At + 1 || found[end + 1].At == found[end].At + 2 && w[found[end].At + 1] is "e" or "y" or "and"))
            {
                end++;
            }
            if (end - start < 2) continue;
            for (var k = found[start].At + 1; k < found[end].At; k++) words.Use(k);
            found[start] = (found[start].At, new ReviewPeriod(found[start].Period.From, found[end].Period.To), $"{found[start].Label}..{found[end].Label}");
            found.RemoveRange(start + 1, end - start);
        }
        return found;
    }

    /// <summary>
    /// "no Q3 de 2017 (jul a set)", "in Q4 2017 (Oct–Dec)": months without a year that fall inside a dated period of the
    /// same question and cover it restate it, and are not a second period.
    /// </summary>
    private static List<(int At, ReviewPeriod Period, string Label)> DropRestated(QuestionWords words, List<(int At, ReviewPeriod Period, string Label)> found, List<string> doubts)
    {
        var dated = found.Where(f => f.Period is { From: not null, To: not null }).Select(f => f.Period).ToList();
        var restated = found.Where(f => f.Period.MonthOfYear is { } month && dated.Any(d =>
            d.From!.Value.Year == d.To!.Value.Year && month >= d.From.Value.Month && month <= d.To.Value.Month)).ToList();
        foreach (var _ in restated) doubts.Remove("month_without_year");
        // "só as de 2018: tem mais em jun ou em jul?", "o começo de 2018 piorou de janeiro pra fevereiro?", "2017, de junho a
        // agosto": months that do not cover the one period named are months of its year; the period only said which.
        if (restated.Count > 0 && dated.Count == 1 && dated[0] is { From: { Day: 1 } from, To: { } to } && from.Year == to.Year
            && !Restate(restated, from, to))
        {
            // The edge of the year ("o começo de 2018") read as a quarter no longer counts: only its year does.
            doubts.Remove(EdgeOfYearDoubt);
            var months = found.Where(f => f.Period != dated[0])
                .Select(f => f.Period.MonthOfYear is { } m ? (f.At, ReviewPeriod.Month(from.Year, m), ReviewPeriod.MonthLabel(from.Year, m)) : f).ToList();
            return JoinMonths(words, months, apart: false, doubts);
        }
        // "somando junho, julho e agosto… no último trimestre": as many consecutive months as the last months counted back.
        if (restated.Count == 0 && found.Count(f => f.Period.LastMonths is not null) == 1
            && found.Single(f => f.Period.LastMonths is not null).Period is { LastMonths: { } last, SkippedMonths: null }
            && found.Where(f => f.Period.MonthOfYear is not null).Select(f => f.Period.MonthOfYear!.Value).Order().ToList() is { Count: > 1 } listed
            && listed.Count == last && listed.Count + 1 == found.Count && listed.Zip(listed.Skip(1)).All(p => p.Second == p.First + 1))
        {
            doubts.RemoveAll(d => d == "month_without_year");
            doubts.Add(AnalysisPlanParser.RestatedPeriodDoubt);
            return found.Where(f => f.Period.MonthOfYear is null).ToList();
        }
        if (restated.Count == 0 && OpenEndRestated(found) is { Count: > 0 } openRestated)
        {
            foreach (var _ in openRestated) doubts.Remove("month_without_year");
            return found.Except(openRestated).ToList();
        }
        return found.Except(restated).ToList();
    }

    /// <summary>
    /// "dps de jun/2018, ou seja jul e ago", "até junho de 2017 (jan a jun)": months without a year that start where a period
    /// open at one end starts (or end where it ends), inside its year, restate it.
    /// </summary>
    private static List<(int At, ReviewPeriod Period, string Label)> OpenEndRestated(List<(int At, ReviewPeriod Period, string Label)> found)
    {
        var open = found.Where(f => f.Period is { From: null, To: not null } or { From: not null, To: null }).Select(f => f.Period).ToList();
        var months = found.Where(f => f.Period.MonthOfYear is not null).ToList();
        if (open.Count != 1 || months.Count == 0 || months.Count + 1 != found.Count) return [];
        var numbers = months.Select(m => m.Period.MonthOfYear!.Value).ToList();
        return open[0] switch
        {
            { From: { } from } when numbers.Min() == from.Month => months,
            { To: { } to } when numbers.Max() == to.Month => months,
            _ => [],
        };
    }

    /// <summary>
    /// Whether months without a year restate a period of one year by its first and last month ("Q3 (jul a set)", "Q4
    /// (Oct–Dec)"); a whole year only by all twelve.
    /// </summary>
    private static bool Restate(List<(int At, ReviewPeriod Period, string Label)> months, DateOnly from, DateOnly to)
    {
        var numbers = months.Select(m => m.Period.MonthOfYear!.Value).Distinct().ToList();
        return numbers.Min() == from.Month && numbers.Max() == to.Month && (to.Month - from.Month < 11 || numbers.Count == 12);
    }

    /// <summary>
    /// "2017 e 2018 somados", "over 2017 and 2018 combined": the periods read as one span from the first one's start to
    /// the last one's end, or null when one of them is counted back from the newest review (no fixed dates to join).
    /// </summary>
    /// <remarks>A period within another ("December 2017 … 2017 as a whole") is a part set against its whole, not joined.</remarks>
    public static (ReviewPeriod Period, string Label)? Joined(IReadOnlyList<(ReviewPeriod Period, string Label)> periods)
    {
        if (periods.Count < 2 || periods.Any(p => p.Period is not { From: not null, To: not null })) return null;
        if (periods.Select((p, i) => periods.Where((_, j) => j != i).Any(q => p.Period.From >= q.Period.From && p.Period.To <= q.Period.To)).Any(nested => nested))
        {
            return null;
        }
        var from = periods.Min(p => p.Period.From!.Value);
        var to = periods.Max(p => p.Period.To!.Value);
        return (new ReviewPeriod(from, to), $"{periods[0].Label}..{periods[^1].Label}");
    }

    /// <summary>
    /// "de março a maio de 2018", "from January to March 2018", "entre março e junho de 2018": two months joined by
    /// "a"/"to", or by "e"/"and" after "entre"/"between" (unless they are set apart), are one range.
    /// </summary>
    private static List<(int At, ReviewPeriod Period, string Label)> JoinMonths(
        QuestionWords words, List<(int At, ReviewPeriod Period, string Label)> found, bool apart, List<string> doubts)
    {
        static bool IsMonth(ReviewPeriod p) => p is { From: { } from, To: { } to } && from.Day == 1 && to == from.AddMonths(1).AddDays(-1);
        var w = words.Words;
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var (first, last) = (found[i], found[i + 1]);
            // "de janeiro a março de 2018 ou de abril a junho": months from one to another with no year take the year of the
            // period said before them (inside it, "2017, de abril a junho", they only say which part of it: DropRestated).
            if (first.Period.MonthOfYear is { } fromMonth && last.Period.MonthOfYear is { } toMonth && toMonth > fromMonth && last.At == first.At + 2
                && w[first.At + 1] is "a" or "ate" or "to" or "until" or "hasta" or "through"
                && found.Take(i).LastOrDefault(f => f.Period.From is { } from && f.Period.To?.Year == from.Year).Period is { From: { } before, To: { } beforeEnd }
                && (before.Month > fromMonth || beforeEnd.Month < toMonth))
            {
                var borrowed = before.Year;
                words.Use(first.At + 1);
                var months = ReviewPeriod.Months(borrowed, fromMonth, toMonth);
                found[i] = (first.At, months, ReviewPeriod.MonthRangeLabel(months.From!.Value, months.To!.Value));
                found.RemoveAt(i + 1);
                doubts.Remove("month_without_year");
                doubts.Remove("month_without_year");
                continue;
            }
            var between = first.At + 1;
            // "de jan-18 a ago-18": the first month's own year stands before the connector.
            if (between < w.Count && Year(w, between) == first.Period.From?.Year) between++;
            // "de setembro de 2017 até agosto de 2018"
            else if (between + 1 < w.Count && w[between] is "de" or "of" or "del" && Year(w, between + 1) == first.Period.From?.Year) between += 2;
            // "entre 2017/10 e 2018/02": the month number written after its year.
            else if (between < w.Count && Year(w, first.At) is not null && MonthNumber(w, between) == first.Period.From?.Month) between++;
            var opened = first.At > 0 && w[first.At - 1] is "entre" or "between" && w[between] is "e" or "and" or "y" && !apart;
            if (!IsMonth(first.Period) || !IsMonth(last.Period) || last.At != between + 1 || last.Period.From <= first.Period.From
                || !opened && w[between] is not ("a" or "ate" or "to" or "until" or "hasta" or "through")) continue;
            // "did it slip or improve from July to August 2018?": a change from one month to the next is the two months.
            if (apart && ReviewPeriod.MonthsApart(first.Period.From!.Value, last.Period.From!.Value) == 1) continue;
            words.Use(between);
            if (opened) words.Use(first.At - 1);
            found[i] = (first.At, new ReviewPeriod(first.Period.From, last.Period.To), $"{first.Label}..{last.Label}");
            found.RemoveAt(i + 1);
        }
        return found;
    }

    /// <summary>"março e abril de 2018", "janeiro ou fevereiro de 2018": a month without a year takes the next month's year.</summary>
    private static List<(int At, ReviewPeriod Period, string Label)> ShareYear(List<(int At, ReviewPeriod Period, string Label)> found, List<string> doubts)
    {
        // From the last: "junho, julho e agosto de 2018" passes 2018 from agosto to julho, then to junho.
        for (var i = found.Count - 2; i >= 0; i--)
        {
            if (found[i].Period.MonthOfYear is not { } month || found[i + 1].Period is not { MonthOfYear: null, From: { } from, To: { } to }
                || from.Month != to.Month || from.Year != to.Year) continue;
            found[i] = (found[i].At, ReviewPeriod.Month(from.Year, month), ReviewPeriod.MonthLabel(from.Year, month));
            doubts.Remove("month_without_year");
        }
        return found;
    }

    private static int? Year(IReadOnlyList<string> w, int i) =>
        i < w.Count && w[i].Length == 4 && int.TryParse(w[i], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2099 ? y : null;

    private static int? MonthNumber(IReadOnlyList<string> w, int i) =>
        i >= 0 && i < w.Count && w[i].Length <= 2 && int.TryParse(w[i], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : null;

    public static int? MonthOf(string word)
    {
        foreach (var names in new[] { V.Months, V.MonthsEnglish, V.MonthsSpanish })
        {
            var at = Array.IndexOf(names, word);
            if (at >= 0) return at + 1;
        }
        // Abbreviations only where they cannot be a Portuguese word ("mar", "set" and "out" can).
        return word switch { "jan" or "ene" => 1, "fev" or "feb" => 2, "abr" or "apr" => 4, "jun" => 6, "jul" => 7, "ago" or "aug" => 8, "sept" => 9, "oct" => 10, "nov" => 11, "dez" or "dec" or "dic" => 12, _ => null };
    }

    /// <summary>
    /// "mar/2018", "set 2017", "out de 2017", "may 2018", "jul a set": abbreviations that are also words, read as months only
    /// right before a year or at the end of a range of months.
    /// </summary>
    private static int? AbbreviatedMonthBeforeYear(IReadOnlyList<string> w, int i)
    {
        var month = w[i] switch { "mar" => 3, "mai" or "may" => 5, "set" or "sep" => 9, "out" => 10, _ => 0 };
        if (month == 0) return null;
        // "set 2017 against 2018": the verb, not September.
        if (w[i] == "set" && i + 2 < w.Count && w[i + 2] is "against" or "versus" or "vs" or "beside" or "alongside" or "next" or "side") return null;
        // "jul a set": the end of a range of months.
        var endOfRange = i >= 2 && w[i - 1] is "a" or "ate" or "to" or "until" or "hasta" && MonthOf(w[i - 2]) is not null;
        // "out, nov e dez", "mar e abr": the first of a list of months; "jan fev mar": the last.
        var listed = i + 1 < w.Count && MonthOf(w[i + 1]) is not null
            || i + 2 < w.Count && w[i + 1] is "e" or "and" or "y" or "a" or "to" or "ate" && MonthOf(w[i + 2]) is not null
            || i >= 1 && MonthOf(w[i - 1]) is not null || i >= 2 && w[i - 1] is "e" or "and" or "y" && MonthOf(w[i - 2]) is not null;
        return endOfRange || listed || Year(w, i + 1) is not null || i + 2 < w.Count && w[i + 1] is "de" or "of" or "del" && Year(w, i + 2) is not null ? month : null;
    }

    /// <summary>
    /// "desde 2017", "desde março de 2018", "a partir de 2018", "since May 2018": the period runs on to the newest review;
    /// "após 2017", "after March 2018" start with the next year or month. The number of words before the period, or 0.
    /// </summary>
    private static (int Words, bool After) SinceWords(QuestionWords words, int i)
    {
        var w = words.Words;
        bool Free(int k) => k >= 0 && !words.IsUsed(k);
        if (Free(i - 1) && w[i - 1] is "desde" or "since") return (1, false);
        if (Free(i - 1) && w[i - 1] is "apos" or "after") return (1, true);
        if (i >= 2 && Free(i - 2) && Free(i - 1) && w[i - 2] is "depois" or "despues" && w[i - 1] is "de" or "do") return (2, true);
        if (i >= 3 && Free(i - 3) && Free(i - 2) && Free(i - 1) && w[i - 3] == "a" && w[i - 2] == "partir" && w[i - 1] is "de" or "do" or "da") return (3, false);
        return (0, false);
    }

    /// <summary>"Q1", "1T", "H2", "2S", "1T18", "1T2018": a quarter or half-year in one word (with a year or not), its ordinal and its span in months.</summary>
    [GeneratedRegex("^(?:[qt](?<q>[1-4])|(?<q>[1-4])[qt]|[hs](?<h>[12])|(?<h>[12])[hs])(?:20(?=[0-9]{2}$))?(?<yy>[0-9]{2})?$")]
    private static partial Regex PartWord();

    /// <summary>"primeiro semestre de 2018", "third quarter of 2017", "segundo trimestre del 2018", "a segunda metade de 2017", "Q1 2018", "fim de 2017": months of one year.</summary>
    private static (int, ReviewPeriod, string)? ReadPartOfYear(QuestionWords words, int i, List<string> doubts, List<int> borrowedYears)
    {
        var w = words.Words;
        if (PartWord().Match(w[i]) is { Success: true } part)
        {
            var (number, span) = part.Groups["q"].Success ? (part.Groups["q"].Value[0] - '1', 3) : (part.Groups["h"].Value[0] - '1', 6);
            if (part.Groups["yy"].Success) return PartOfYear(words, i, i, 2000 + int.Parse(part.Groups["yy"].Value, CultureInfo.InvariantCulture), number, span);
            var at = i + 1 < w.Count && w[i + 1] is "de" or "of" or "del" ? i + 2 : i + 1;
            return Year(w, at) is { } y ? PartOfYear(words, i, at, y, number, span) : null;
        }
        // "fim de 2017", "end of 2017", "late 2017": the year's last quarter; "início de 2018", "early 2018": its first.
        if (EdgeOfYear(w[i]) is { } edge)
        {
            var edgeYearAt = i + 1 < w.Count && w[i + 1] is "de" or "of" or "del" or "do" ? i + 2 : i + 1;
            if (Year(w, edgeYearAt) is { } edgeYear)
            {
                // "desde o início de 2018", "since the start of 2018", "a partir do começo de 2018": on from the year's first day.
                var since = i - 1;
                while (since >= 0 && w[since] is "o" or "a" or "the" or "el" or "la" or "do" or "da" or "del" or "of") since--;
                if (edge == 0 && since >= 0 && since < i - 1 && !words.IsUsed(since) && w[since] is "desde" or "since" or "partir" or "from")
                {
                    var first = since > 0 && w[since] == "partir" && w[since - 1] == "a" ? since - 1 : since;
                    words.Use(first, edgeYearAt - first + 1);
                    return (i, new ReviewPeriod(From: new DateOnly(edgeYear, 1, 1)), $"{ReviewPeriod.MonthLabel(edgeYear, 1)}-");
                }
                doubts.Add(EdgeOfYearDoubt);
                return PartOfYear(words, i, edgeYearAt, edgeYear, edge, 3);
            }
        }
        int OrdinalAt(int k) => k < w.Count ? OrdinalOf(w[k]) : -1;
        var ordinal = OrdinalAt(i);
        if (ordinal < 0) return null;
        var months = i + 1 < w.Count ? SpanMonths(w[i + 1]) : 0;
        if (months == 0)
        {
            // "o primeiro e o segundo semestre de 2017", "do 1º pro 2º trimestre", "el primer o el segundo": the first ordinal
            // shares the second's span and year.
            if (i + 1 < w.Count && w[i + 1] is "e" or "and" or "y" or "ou" or "or" or "o" or "pro" or "para" or "ao" or "to" or "al" or "vs" or "versus")
            {
                var next = i + 2 < w.Count && w[i + 2] is "o" or "do" or "the" or "el" or "del" or "a" or "da" or "no" or "na" or "in" or "en" or "em" ? i + 3 : i + 2;
                if (OrdinalAt(next) >= 0 && next + 1 < w.Count && SpanMonths(w[next + 1]) is > 0 and var shared && ordinal * shared < 12)
                {
                    var sharedYearAt = next + 2 < w.Count && w[next + 2] is "de" or "of" or "del" ? next + 3 : next + 2;
                    return Year(w, sharedYearAt) is { } sharedYear ? PartOfYear(words, i, i, sharedYear, ordinal, shared) : null;
                }
            }
            // "o quarto trimestre de 2017 comparado ao primeiro de 2018": a span said before, the ordinal alone after it.
            var said = Enumerable.Range(0, i).Select(k => SpanMonths(w[k])).FirstOrDefault(m => m > 0);
            if (said == 0 || ordinal * said >= 12) return null;
            if (i + 2 < w.Count && w[i + 1] is "de" or "of" or "del" && Year(w, i + 2) is { } alone) return PartOfYear(words, i, i + 2, alone, ordinal, said);
            // "Em 2017, o segundo semestre teve mais que o primeiro?": the ordinal alone at the end, in the one year named.
            var atEnd = i + 1 == w.Count && w[i - 1] is "o" or "a" or "el" or "la" or "the" or "do" or "da" or "del" or "ao" or "al" or "no" or "na" or "in" or "en";
            return atEnd ? InSoleYear(words, i, i, ordinal, said, borrowedYears) ?? SharesYearCountedBack(words, i, i, ordinal, said, doubts) : null;
        }
        if (ordinal * months >= 12) return null;
        var yearAt = i + 2 < w.Count && w[i + 2] is "de" or "of" or "del" ? i + 3 : i + 2;
        if (Year(w, yearAt) is { } year) return PartOfYear(words, i, yearAt, year, ordinal, months);
        return PartOfYearCountedBack(words, i, i + 2, ordinal, months, doubts) ?? InSoleYear(words, i, i + 1, ordinal, months, borrowedYears)
            ?? SharesYearCountedBack(words, i, i + 1, ordinal, months, doubts);
    }

    /// <summary>Ordinals as words, or as digits with the marks people type: "1º", "1o", "1st", "2nd", "1er", "2do", "1".</summary>
    private static readonly string[][] Ordinals =
    [
        ["primeiro", "primeira", "first", "primer", "primero", "primera", "1", "1º", "1o", "1a", "1st", "1er", "1ro"],
        ["segundo", "segunda", "second", "2", "2º", "2o", "2nd", "2do"],
        ["terceiro", "terceira", "third", "tercer", "tercero", "tercera", "3", "3º", "3o", "3rd", "3er", "3ro"],
        ["quarto", "quarta", "fourth", "cuarto", "cuarta", "4", "4º", "4o", "4th", "4to"],
    ];

    /// <summary>The part of a year (0 for the first) an ordinal names, or -1.</summary>
    private static int OrdinalOf(string word) => Array.FindIndex(Ordinals, o => o.Contains(word));

    /// <summary>"deste ano", "of this year", "do ano passado", "of last year": the year counted back that a part is of, and how many years back.</summary>
    private static readonly (string[] Words, int Back)[] YearOfPart =
    [
        (["deste", "ano"], 0), (["de", "este", "ano"], 0), (["of", "this", "year"], 0), (["this", "year"], 0), (["do", "ano", "atual"], 0),
        (["del", "ano", "actual"], 0), (["of", "the", "current", "year"], 0),
        (["do", "ano", "passado"], 1), (["del", "ano", "pasado"], 1), (["of", "last", "year"], 1), (["last", "year"], 1), (["of", "the", "previous", "year"], 1),
    ];

    /// <summary>
    /// "o primeiro trimestre deste ano", "the first half of last year", "el primer semestre del año pasado": a part of the
    /// year counted back from the newest review, resolved when counting (<see cref="ReviewPeriod.FirstMonth"/>).
    /// </summary>
    private static (int, ReviewPeriod, string)? PartOfYearCountedBack(QuestionWords words, int i, int at, int ordinal, int months, List<string> doubts)
    {
        if (YearOfPartAt(words.Words, at) is not { } said) return null;
        words.Use(i, at + said.Length - i);
        return PartCountedBack(i, said.Back, ordinal, months, doubts);
    }

    /// <summary>The year counted back ("deste ano", "of last year") said at <paramref name="at"/>, and how many words say it.</summary>
    private static (int Back, int Length)? YearOfPartAt(IReadOnlyList<string> w, int at) =>
        YearOfPart.FirstOrDefault(y => at >= 0 && at + y.Words.Length <= w.Count && y.Words.Select((word, k) => w[at + k] == word).All(same => same))
            is { Words: not null } said ? (said.Back, said.Words.Length) : null;

    /// <summary>The <paramref name="ordinal"/>th part of <paramref name="months"/> months of the year <paramref name="back"/> years before the newest review's.</summary>
    private static (int, ReviewPeriod, string) PartCountedBack(int at, int back, int ordinal, int months, List<string> doubts)
    {
        doubts.Add(CountedBackYearDoubt);
        var (first, last) = (ordinal * months + 1, ordinal * months + months);
        return (at, new ReviewPeriod(YearsBack: back, FirstMonth: first, LastMonth: last), $"{(back == 0 ? "this_year" : "last_year")}_{first:D2}..{last:D2}");
    }

    /// <summary>
    /// "from the first quarter to the second quarter of this year", "el primer semestre del año pasado o el segundo": two
    /// parts of the same year counted back, said once after the second or once after the first.
    /// </summary>
    private static (int, ReviewPeriod, string)? SharesYearCountedBack(QuestionWords words, int i, int saidTo, int ordinal, int months, List<string> doubts)
    {
        var w = words.Words;
        // The year said after the next part of the same span: "… to the second quarter of this year".
        for (var k = saidTo + 2; k + 1 < w.Count && k <= saidTo + 4; k++)
        {
            if (SpanMonths(w[k]) != months || OrdinalOf(w[k - 1]) < 0) continue;
            var yearAt = w[k + 1] is "de" or "of" or "del" && YearOfPartAt(w, k + 2) is null ? k + 2 : k + 1;
            if (YearOfPartAt(w, yearAt) is { } later)
            {
                words.Use(i, saidTo - i + 1);
                return PartCountedBack(i, later.Back, ordinal, months, doubts);
            }
        }
        // The ordinal alone after a part of a year counted back: "… del año pasado o en el segundo".
        var earlier = Enumerable.Range(0, i).Select(k => YearOfPartAt(w, k)).LastOrDefault(y => y is not null);
        if (earlier is not { } before || saidTo != i) return null;
        words.Use(i);
        return PartCountedBack(i, before.Back, ordinal, months, doubts);
    }

    /// <summary>
    /// "Em 2017, o segundo semestre…", "in 2018, was the first quarter…": a part of a year said without its year is a part
    /// of the one year the question names (none when it names several).
    /// </summary>
    private static (int, ReviewPeriod, string)? InSoleYear(QuestionWords words, int i, int saidTo, int ordinal, int months, List<int> borrowedYears)
    {
        var w = words.Words;
        var years = Enumerable.Range(0, w.Count).Where(k => Year(w, k) is not null).ToList();
        if (years.Count == 0 || years.Select(k => w[k]).Distinct().Count() > 1) return null;
        borrowedYears.AddRange(years);
        foreach (var k in years) words.Use(k);
        return PartOfYear(words, i, saidTo, Year(w, years[0])!.Value, ordinal, months);
    }

    /// <summary>
    /// "o primeiro trimestre de 2017 frente ao de 2018", "Q1 2017 against that of 2018": a year said with an article and "de"
    /// after a part of a year is the same part of that year.
    /// </summary>
    private static List<(int At, ReviewPeriod Period, string Label)> SamePartElided(QuestionWords words, List<(int At, ReviewPeriod Period, string Label)> found)
    {
        var w = words.Words;
        for (var k = 1; k < found.Count; k++)
        {
            var (at, period, _) = found[k];
            if (period is not { From: { Month: 1, Day: 1 } from, To: { Month: 12 } } || at < 2 || w[at - 1] is not ("de" or "of" or "del")
                || w[at - 2] is not ("o" or "a" or "ao" or "al" or "el" or "la" or "do" or "da" or "that" or "those")) continue;
            if (found[k - 1].Period is not { From: { } partFrom, To: { } partTo } || partFrom.Year != partTo.Year || partTo.Month - partFrom.Month == 11) continue;
            var shifted = ReviewPeriod.Months(from.Year, partFrom.Month, partTo.Month);
            found[k] = (at, shifted, ReviewPeriod.MonthRangeLabel(shifted.From!.Value, shifted.To!.Value));
        }
        return found;
    }

    /// <summary>Words that set years side by side ("2017 vs 2018", "em 2017 e em 2018").</summary>
    private static readonly HashSet<string> YearsSideBySide =
        ["vs", "versus", "x", "contra", "against", "frente", "e", "and", "y", "com", "with", "a", "al", "ao", "em", "en", "in", "de", "del", "do", "of", "to", "o", "the"];

    /// <summary>
    /// "a nota média de março em 2017 e em 2018", "pct de 5 estrellas en enero, 2017 vs 2018", "the first quarter, 2017 vs
    /// 2018": a part of a year named once, before years set side by side, is that part of each of them — not one year's part
    /// against the other year whole, nor the years whole.
    /// </summary>
    private static List<(int At, ReviewPeriod Period, string Label)> PartOfEachYear(QuestionWords words, List<string> doubts, List<(int At, ReviewPeriod Period, string Label)> found)
    {
        var w = words.Words;
        var years = found.Where(f => f.Period is { From: { Month: 1, Day: 1 } from, To: { Month: 12, Day: 31 } to } && from.Year == to.Year).ToList();
        if (found.Count - years.Count != 1 || years.Count == 0) return found;
        var part = found.Single(f => !years.Contains(f));
        (int First, int Last)? months = part.Period switch
        {
            { MonthOfYear: { } m } => (m, m),
            { From: { Day: 1 } from, To: { } to } when from.Year == to.Year && to.Day == DateTime.DaysInMonth(to.Year, to.Month) => (from.Month, to.Month),
            _ => null,
        };
        if (months is not { } span || part.At > years[0].At) return found;
        var named = years.Select(y => y.Period.From!.Value.Year).ToList();
        // The part's own year ("enero, 2017 vs 2018") is the first of the years, written right before the next one.
        var ownYearAt = part.Period.From is { } own
            ? Enumerable.Range(part.At + 1, years[0].At - part.At - 1).LastOrDefault(k => Year(w, k) == own.Year, -1)
            : -1;
        if (part.Period.From is { } ownFrom && (ownYearAt < 0 || named.Contains(ownFrom.Year))) return found;
        var yearsFrom = ownYearAt >= 0 ? ownYearAt : part.At;
        var between = Enumerable.Range(yearsFrom + 1, years[^1].At - yearsFrom - 1).Where(k => Year(w, k) is null && !years.Any(y => y.At == k));
        // "dezembro de 2017 e 2018 inteiro": a year said to be whole stays whole.
        var wholeSaid = years.Any(y => y.At + 1 < w.Count && w[y.At + 1] is "inteiro" or "inteira" or "whole" or "entire" or "completo" or "completa" or "entero" or "entera" or "full");
        if (wholeSaid || named.Count + (ownYearAt >= 0 ? 1 : 0) < 2 || !between.All(k => YearsSideBySide.Contains(w[k]))) return found;
        if (ownYearAt >= 0) named.Insert(0, part.Period.From!.Value.Year);
        if (part.Period.MonthOfYear is not null) doubts.Remove("month_without_year");
        return named.Select((year, k) =>
        {
            var period = ReviewPeriod.Months(year, span.First, span.Last);
            var label = span.First == span.Last ? ReviewPeriod.MonthLabel(year, span.First) : ReviewPeriod.MonthRangeLabel(period.From!.Value, period.To!.Value);
            return (k == 0 && ownYearAt >= 0 ? part.At : years[k - (ownYearAt >= 0 ? 1 : 0)].At, period, label);
        }).ToList();
    }

    /// <summary>"o último trimestre de 2017", "the last half of 2017": that year's last part, not the months before the newest review.</summary>
    private static (int, ReviewPeriod, string)? ReadLastPartOfYear(QuestionWords words, int i)
    {
        var w = words.Words;
        if (i + 3 >= w.Count || w[i] is not ("ultimo" or "ultima" or "last" or "final") || SpanMonths(w[i + 1]) is not (> 0 and var months)
            || w[i + 2] is not ("de" or "of" or "del" or "do") || Year(w, i + 3) is not { } year)
        {
            return null;
        }
        return PartOfYear(words, i, i + 3, year, 12 / months - 1, months);
    }

    /// <summary>
    /// "os seis primeiros meses de 2018", "the first three months of 2017", "los últimos cuatro meses de 2017": that year's
    /// first or last months, not the months before the newest review.
    /// </summary>
    private static (int, ReviewPeriod, string)? ReadMonthsAtEdgeOfYear(QuestionWords words, int i)
    {
        var w = words.Words;
        if (i + 4 >= w.Count) return null;
        // The count before or after the edge word: "seis primeiros", "primeiros seis", or the edge after the months: "três meses finais".
        var monthsFirst = w[i + 1] is "meses" or "months";
        var (count, edge) = NumberWords.Of(w[i]) is { } n ? (n, monthsFirst ? w[i + 2] : w[i + 1]) : NumberWords.Of(w[i + 1]) is { } m ? (m, w[i]) : (0, "");
        bool? first = edge switch
        {
            "primeiros" or "primeiras" or "primeros" or "primeras" or "first" or "iniciais" or "iniciales" => true,
            "ultimos" or "ultimas" or "last" or "final" or "finais" or "finales" => false,
            _ => null,
        };
        if (first is null || count is < 1 or > 11 || w[monthsFirst ? i + 1 : i + 2] is not ("meses" or "months") || w[i + 3] is not ("de" or "of" or "del" or "do")
            || Year(w, i + 4) is not { } year)
        {
            return null;
        }
        return MonthsOfYear(words, i, i + 4, year, first.Value ? 1 : 13 - count, count);
    }

    /// <summary>The months of a span named in the plural or the singular ("trimestres", "halves", "years"), or 0.</summary>
    private static int SpansMonths(string word) => word switch
    {
        "halves" or "mitades" => 6,
        "years" or "anos" => 12,
        _ => SpanMonths(word.TrimEnd('s')),
    };

    private static int SpanMonths(string word) => word switch { "semestre" or "half" or "semester" or "metade" or "mitad" => 6, "trimestre" or "quarter" or "tri" => 3, _ => 0 };

    /// <summary>The quarter ("fim", "end", "late": the fourth; "início", "early": the first) an edge-of-year word names.</summary>
    private static int? EdgeOfYear(string word) => word switch
    {
        "fim" or "final" or "finais" or "end" or "late" or "finales" or "fines" => 3,
        "inicio" or "comeco" or "beginning" or "start" or "early" or "principios" => 0,
        _ => null,
    };

    /// <summary>"as duas metades de 2017", "both halves of 2017", "los dos semestres de 2017": the year's two halves, each a period.</summary>
    private static (int, ReviewPeriod, string)[]? ReadBothHalves(QuestionWords words, int i)
    {
        var w = words.Words;
        if (w[i] is not ("duas" or "dois" or "two" or "dos" or "both" or "ambas" or "ambos") || i + 1 >= w.Count || SpansMonths(w[i + 1]) != 6) return null;
        var yearAt = i + 2 < w.Count && w[i + 2] is "de" or "of" or "del" or "do" ? i + 3 : i + 2;
        if (Year(w, yearAt) is not { } year) return null;
        var (_, first, firstLabel) = PartOfYear(words, i, yearAt, year, 0, 6);
        var (_, second, secondLabel) = PartOfYear(words, i, yearAt, year, 1, 6);
        return [(i, first, firstLabel), (i + 1, second, secondLabel)];
    }

    private static (int, ReviewPeriod, string) PartOfYear(QuestionWords words, int i, int yearAt, int year, int ordinal, int months) =>
        MonthsOfYear(words, i, yearAt, year, ordinal * months + 1, months);

    /// <summary><paramref name="months"/> months of <paramref name="year"/> from <paramref name="first"/>, said by the words from <paramref name="i"/> to <paramref name="yearAt"/>.</summary>
    private static (int, ReviewPeriod, string) MonthsOfYear(QuestionWords words, int i, int yearAt, int year, int first, int months)
    {
        words.Use(i, yearAt - i + 1);
        var period = ReviewPeriod.Months(year, first, first + months - 1);
        return (i, period, ReviewPeriod.MonthRangeLabel(period.From!.Value, period.To!.Value));
    }

    /// <summary>"o ano passado", "el año pasado" (the year before the newest review's), "este ano", "this year" (its own).</summary>
    private static (int, ReviewPeriod, string)? ReadYearCountedBack(QuestionWords words, int i)
    {
        var w = words.Words;
        // "this year than last year": beside this calendar year, last year is the calendar year before it, not the last 12 months.
        if (w[i] == "ano" && i + 1 < w.Count && w[i + 1] is "passado" or "pasado"
            || w[i] == "last" && i + 1 < w.Count && w[i + 1] == "year"
            && Enumerable.Range(0, w.Count - 1).Any(k => ThisYear.Any(p => w[k] == p[0] && w[k + 1] == p[1])))
        {
            words.Use(i, 2);
            return (i, new ReviewPeriod(YearsBack: 1), "last_year");
        }
        if (ThisYear.FirstOrDefault(p => i + 1 < w.Count && w[i] == p[0] && w[i + 1] == p[1]) is null) return null;
        // "Em 2017 … nesse ano": "esse"/"nesse" point back to a year the question named.
        if (w[i] is "esse" or "nesse" or "desse" && Enumerable.Range(0, w.Count).Any(k => Year(w, k) is not null)) return null;
        words.Use(i, 2);
        return (i, new ReviewPeriod(YearsBack: 0), "this_year");
    }

    /// <summary>"este semestre", "this quarter", "el trimestre actual": the part of the year the newest review falls in.</summary>
    private static (int, ReviewPeriod, string)? ReadCurrentPartOfYear(QuestionWords words, int i)
    {
        var w = words.Words;
        if (i + 1 >= w.Count) return null;
        var months = w[i] is "este" or "neste" or "deste" or "this" or "current" && SpanMonths(w[i + 1]) is > 0 and var before ? before
            : SpanMonths(w[i]) is > 0 and var after && w[i + 1] is "atual" or "actual" or "corrente" or "vigente" ? after
            : 0;
        if (months == 0) return null;
        words.Use(i, 2);
        return (i, new ReviewPeriod(PartMonths: months), months == 6 ? "this_half" : "this_quarter");
    }

    private static readonly HashSet<string> Ending = ["terminam", "terminan", "acabam", "acaban", "ending", "end", "ends", "ate", "hasta", "up"];

    private static readonly HashSet<string> Newest = ["nova", "nueva", "newest", "latest", "recente", "reciente", "ultima", "last", "most", "mais", "mas"];

    /// <summary>
    /// How many words from <paramref name="at"/> say "ending at the newest review" ("que terminam na avaliação mais nova", "ending
    /// with the latest review", "hasta la reseña más reciente"), else 0: months counted back from the newest review.
    /// </summary>
    private static int EndingAtNewest(QuestionWords words, int at)
    {
        var w = words.Words;
        var k = at + (w[at] is "que" or "that" ? 1 : 0);
        if (k >= w.Count || !Ending.Contains(w[k])) return 0;
        var end = Math.Min(w.Count, k + 7);
        var newest = Enumerable.Range(k + 1, Math.Max(0, end - k - 1)).Where(j => Newest.Contains(w[j]) || V.Recent.Any(p => QuestionWords.Matches(w[j], p))).ToList();
        if (newest.Count == 0) return 0;
        var last = Math.Max(newest[^1], Enumerable.Range(k + 1, end - k - 1).LastOrDefault(j => V.Population.Any(p => QuestionWords.Matches(w[j], p)), k));
        return last - at + 1;
    }

    /// <summary>How many words from <paramref name="at"/> say "that close the data" ("que fecham a base", "que cierran los datos"), else 0.</summary>
    private static int ClosingTheData(IReadOnlyList<string> w, int at)
    {
        var k = at + (w[at] is "que" or "that" or "which" ? 1 : 0);
        if (k >= w.Count || !Closing.Contains(w[k])) return 0;
        var noun = k + 1 < w.Count && w[k + 1] is "a" or "o" or "os" or "as" or "the" or "la" or "los" or "el" ? k + 2 : k + 1;
        return noun < w.Count && DataNouns.Contains(w[noun]) ? noun - at + 1 : 0;
    }

    private static readonly HashSet<string> Closing =
        ["fecham", "fecharam", "encerram", "encerraram", "cierran", "cerraron", "close", "closes", "closed", "closing", "end", "ends", "ended", "terminam", "terminan"];

    private static readonly HashSet<string> DataNouns = ["base", "dados", "datos", "data", "dataset", "historico", "serie"];

    /// <summary>"último mês/trimestre/semestre/ano", "últimos N meses", "os N meses mais recentes", "last quarter", "past 12 months".</summary>
    private static ReviewPeriod? ReadRelative(QuestionWords words, int i)
    {
        var w = words.Words;
        if (i + 1 < w.Count && V.After.Contains(w[i + 1]) && V.Spans.FirstOrDefault(s => s.Pattern == w[i]) is { Pattern: not null } before)
        {
            words.Use(i, 2);
            return new ReviewPeriod(LastMonths: before.Months);
        }
        bool IsRecent(int k) => k < w.Count && V.Recent.Any(p => QuestionWords.Matches(w[k], p));
        // "os três meses mais recentes", "the 3 most recent months", "los 6 meses más recientes"
        if (NumberWords.Of(w[i]) is { } count and > 0 and <= 120)
        {
            var more = i + 2 < w.Count && w[i + 2] is "mais" or "mas" or "most" ? 1 : 0;
            if (i + 1 < w.Count && V.MonthWords.Contains(w[i + 1]) && IsRecent(i + 2 + more))
            {
                words.Use(i, 3 + more);
                return new ReviewPeriod(LastMonths: count);
            }
            // "os 12 meses que terminam na avaliação mais nova", "the twelve months ending with the latest review"
            if (i + 3 < w.Count && V.MonthWords.Contains(w[i + 1]) && EndingAtNewest(words, i + 2) is > 0 and var said)
            {
                words.Use(i, 2 + said);
                return new ReviewPeriod(LastMonths: count);
            }
            // "os 12 meses que fecham a base", "the 12 months that close the data", "los 12 meses que cierran la base"
            if (i + 3 < w.Count && V.MonthWords.Contains(w[i + 1]) && ClosingTheData(w, i + 2) is > 0 and var closing)
            {
                words.Use(i, 2 + closing);
                return new ReviewPeriod(LastMonths: count);
            }
            // "os três meses anteriores", "los 6 meses pasados", "os três meses finais da base"
            if (i + 2 < w.Count && V.MonthWords.Contains(w[i + 1]) && w[i + 2] is "anteriores" or "passados" or "pasados" or "previos" or "finais" or "finales")
            {
                words.Use(i, 3);
                return new ReviewPeriod(LastMonths: count);
            }
            // "os três últimos meses da base", "los 6 últimos meses"
            if (i + 2 < w.Count && V.Last.Contains(w[i + 1]) && V.MonthWords.Contains(w[i + 2]))
            {
                words.Use(i, 3);
                return new ReviewPeriod(LastMonths: count);
            }
            if (i + 3 < w.Count && w[i + 1] is "most" or "mais" or "mas" && IsRecent(i + 2) && V.MonthWords.Contains(w[i + 3]))
            {
                words.Use(i, 4);
                return new ReviewPeriod(LastMonths: count);
            }
        }
        // "the most recent three months", "recent 3 months", "the latest three-month quarter"
        // "the final month of the data": the newest, unless a year follows ("the final quarter of 2017" is a part of that year).
        bool YearFollows(int k) => Enumerable.Range(k + 1, 3).Any(y => Year(w, y) is not null);
        bool IsNewest(int k) => k < w.Count && (w[k] is "newest" or "latest" || w[k] == "final" && !YearFollows(k));
        bool IsLatest(int k) => IsRecent(k) || IsNewest(k);
        if (IsLatest(i) && i + 2 < w.Count && NumberWords.Of(w[i + 1]) is { } recent and > 0 and <= 120 && V.MonthWords.Contains(w[i + 2]))
        {
            words.Use(i, 3);
            if (i > 0 && w[i - 1] is "most" or "mais" or "mas") words.Use(i - 1);
            // "three-month quarter": the span named again.
            if (i + 3 < w.Count && V.Spans.Any(s => s.Pattern == w[i + 3] && s.Months == recent)) words.Use(i + 3);
            return new ReviewPeriod(LastMonths: recent);
        }
        // "the newest month", "the latest quarter"
        if (IsNewest(i) && i + 1 < w.Count && V.Spans.FirstOrDefault(s => s.Pattern == w[i + 1] && s.Pattern != "12") is { Pattern: not null } newest)
        {
            words.Use(i, 2);
            return new ReviewPeriod(LastMonths: newest.Months);
        }
        // "o trimestre mais recente", "el mes más reciente", "the most recent quarter": the last span.
        if (V.Spans.FirstOrDefault(s => s.Pattern == w[i] && s.Pattern != "12") is { Pattern: not null } latest)
        {
            var more = i + 1 < w.Count && w[i + 1] is "mais" or "mas" or "most" ? 1 : 0;
            // "o mês final da base", "el trimestre final", "el mes más nuevo".
            if (IsRecent(i + 1 + more) || more == 0 && IsNewest(i + 1) || more == 1 && i + 2 < w.Count && w[i + 2] is "novo" or "nova" or "nuevo" or "nueva")
            {
                words.Use(i, 2 + more);
                return new ReviewPeriod(LastMonths: latest.Months);
            }
        }
        if (w[i] is "most" or "mais" or "mas" && IsRecent(i + 1) && i + 2 < w.Count
            && V.Spans.FirstOrDefault(s => s.Pattern == w[i + 2] && s.Pattern != "12") is { Pattern: not null } mostRecent)
        {
            words.Use(i, 3);
            return new ReviewPeriod(LastMonths: mostRecent.Months);
        }
        if (!V.Last.Contains(w[i])) return null;
        if (i + 2 < w.Count && NumberWords.Of(w[i + 1]) is { } n and > 0 and <= 120 && V.MonthWords.Contains(w[i + 2]))
        {
            words.Use(i, 3);
            return new ReviewPeriod(LastMonths: n);
        }
        // "the last two quarters", "os últimos dois trimestres", "los últimos 2 semestres": that many spans back.
        if (i + 2 < w.Count && NumberWords.Of(w[i + 1]) is { } times and > 1 and <= 20
            && SpansMonths(w[i + 2]) is > 0 and var spanMonths)
        {
            words.Use(i, 3);
            return new ReviewPeriod(LastMonths: times * spanMonths);
        }
        if (i + 1 < w.Count && V.Spans.FirstOrDefault(s => s.Pattern == w[i + 1]) is { Pattern: not null } span)
        {
            words.Use(i, 2);
            if (i + 2 < w.Count && V.MonthWords.Contains(w[i + 2])) words.Use(i + 2); // "last 12 months"
            return new ReviewPeriod(LastMonths: span.Months);
        }
        return null;
    }

    private static (int, ReviewPeriod, string) ReadMonth(QuestionWords words, int i, int month, List<string> doubts)
    {
        var w = words.Words;
        var yearAt = i + 1 < w.Count && w[i + 1] is "de" or "of" or "del" ? i + 2 : i + 1;
        if (Year(w, yearAt) is { } year)
        {
            words.Use(i, yearAt - i + 1);
            if (SinceWords(words, i) is ({ } since and > 0, var exclusive))
            {
                words.Use(i - since, since);
                var from = new DateOnly(year, month, 1).AddMonths(exclusive ? 1 : 0);
                return (i - since, new ReviewPeriod(From: from), $"{ReviewPeriod.MonthLabel(from.Year, from.Month)}-");
            }
            return (i, ReviewPeriod.Month(year, month), ReviewPeriod.MonthLabel(year, month));
        }
        words.Use(i);
        doubts.Add("month_without_year");
        return (i, new ReviewPeriod(MonthOfYear: month), $"month_{month:D2}");
    }

    /// <summary>A year, a month written with it ("03/2018", "2018-03"), or a range of years ("de 2016 a 2017").</summary>
    private static (int, ReviewPeriod, string) ReadYear(QuestionWords words, int i, int year, bool yearsApart)
    {
        var w = words.Words;
        if (MonthNumber(w, i + 1) is { } after && w[i + 1].Length == 2)
        {
            words.Use(i, 2);
            return (i, ReviewPeriod.Month(year, after), ReviewPeriod.MonthLabel(year, after));
        }
        if (MonthNumber(w, i - 1) is { } before && !words.IsUsed(i - 1))
        {
            words.Use(i - 1, 2);
            return (i - 1, ReviewPeriod.Month(year, before), ReviewPeriod.MonthLabel(year, before));
        }
        if (SinceWords(words, i) is ({ } since and > 0, var exclusive))
        {
            // "desde 2017": from that year to the newest review.
            words.Use(i - since, since + 1);
            var from = year + (exclusive ? 1 : 0);
            return (i - since, new ReviewPeriod(From: new DateOnly(from, 1, 1)), $"{from}-");
        }
        var rangeWord = i + 1 < w.Count && w[i + 1] is "a" or "ate" or "to" or "until" or "hasta" or "through" or "thru";
        var betweenWord = i > 0 && w[i - 1] is "entre" or "between";
        if (!yearsApart && (rangeWord || betweenWord && i + 1 < w.Count && w[i + 1] is "e" or "and" or "y") && Year(w, i + 2) is { } last && last > year)
        {
            words.Use(i, 3);
            if (betweenWord) words.Use(i - 1);
            return (i, ReviewPeriod.Years(year, last), $"{year}-{last}");
        }
        words.Use(i);
        return (i, ReviewPeriod.Year(year), $"{year}");
    }
}
