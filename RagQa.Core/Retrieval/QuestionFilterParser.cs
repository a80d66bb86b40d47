using System.Globalization;
using System.Text.RegularExpressions;
using RagQa.Core.Text;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Retrieval;

/// <summary>
/// Recognises review-score and review-date constraints stated in a question, in Portuguese or English
/// ("avaliações de 1 estrela", "notas 4 e 5", "nota baixa", "em janeiro de 2018", "entre março e maio de 2018",
/// "1-star reviews", "in 2018"), ignoring case and accents. The question itself is never changed: the words
/// still help retrieval. Filters the caller gave explicitly win, per dimension (score range, date range).
/// </summary>
/// <remarks>
/// Deliberately conservative, because a wrong filter silently empties the results: a bare year needs a
/// strong preposition ("em 2018", "in 2018") or, for weaker forms ("de 2018", "a partir de 2018", "entre 2017 e
/// 2018"), a question that talks about reviews, customers or orders; "peças para carros a partir de 2007" is not
/// a date filter. A month without a year and relative dates ("no último ano") are not recognised: the reviews
/// are historical (2016–2018), so "last year" relative to today would match nothing.
/// </remarks>
public static class QuestionFilterParser
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    private const string Number = "(?:[1-5]|uma?|una|dois|duas|dos|tres|quatro|cuatro|cinco|one|two|three|four|five)";
    private const string Stars = @"[\s-]*(?:estrelas?|estrellas?|stars?)\b";
    private const string Rating = @"\b(?:notas?|avaliac(?:ao|oes)|classificac(?:ao|oes)|ratings?|rated|scores?|scored|avaliad[oa]s?(?:\s+com)?)";
    private const string RatingNoun = @"\b(?:notas?|avaliac(?:ao|oes)|classificac(?:ao|oes)|reviews?|comentarios?|opinioes?|ratings?)";
    private const string Separator = @"(?:\s*(?:-|–)\s*|\s+(?:e|a|ate|ou|and|to|or|y|o|hasta)\s+)";
    /// <summary>"avaliações positivas e negativas": a quality word may follow another one.</summary>
    private const string OtherQuality = @"(?:[a-z]+\s+(?:e|ou|and|or)\s+)?";
    private const string AtLeast = @"(?:pelo menos|no minimo|minimo de|at least|al menos|por lo menos|como minimo)";
    private const string AtMost = @"(?:no maximo|maximo de|ate|at most|up to|como maximo|como mucho|hasta)";
    private const string Above = @"(?:mais de|mas de|por encima de|acima de|superior a|maior (?:do )?que|more than|over|above|greater than|higher than)";
    private const string Below = @"(?:menos de|abaixo de|por debajo de|inferior a|menor (?:do )?que|less than|fewer than|under|below|lower than)";
    private const string OrMore = @"(?:ou mais|o mas|ou maior|ou acima|para cima|pra cima|or more|or higher|or above|and up|and above)";
    private const string OrLess = @"(?:ou menos|o menos|ou menor|ou abaixo|para baixo|pra baixo|or less|or fewer|or lower|or below)";

    private const string Month =
        "(?:janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|" +
        "january|february|march|april|may|june|july|august|september|october|november|december|" +
        "jan|fev|feb|mar|abr|apr|mai|jun|jul|ago|aug|set|sept|sep|out|oct|nov|dez|dec)";
    private const string Year = "(?:19|20)[0-9]{2}";

    /// <summary>Question words that make a weak year expression a review date.</summary>
    private static readonly Regex ReviewContext = new(
        @"\b(?:avalia|review|coment|reclama|queixa|opini|feedback|nota|estrela|star|rating|rated|cliente|consumidor|customer|pedido|order)\w*", Options);

    private static readonly (Regex Pattern, Func<Match, (int Min, int Max)> Read)[] ScorePatterns =
    [
        (new($@"\b(?<a>{Number}){Separator}(?<b>{Number}){Stars}", Options), m => Between(m)),
        (new($@"{Rating}\s+(?:de\s+|entre\s+|com\s+|of\s+|between\s+)?(?<a>[1-5]){Separator}(?<b>[1-5])\b(?![.,][0-9])", Options), m => Between(m)),
        (new($@"\b{AtLeast}\s+(?<n>{Number}){Stars}|\b(?<n>{Number}){Stars}\s+{OrMore}|\b(?<n>[1-5])\s*\+{Stars}|\b(?<n>{Number})\s+{OrMore}{Stars}", Options), m => (Value(m), 5)),
        (new($@"{Rating}\s+(?:de\s+|minima de\s+)?{AtLeast}\s+(?<n>[1-5])\b|{Rating}\s+(?:de\s+)?(?<n>[1-5])\s+{OrMore}", Options), m => (Value(m), 5)),
        (new($@"\b{AtMost}\s+(?<n>{Number}){Stars}|\b(?<n>{Number}){Stars}\s+{OrLess}|\b(?<n>{Number})\s+{OrLess}{Stars}", Options), m => (1, Value(m))),
        (new($@"{Rating}\s+(?:de\s+|maxima de\s+)?{AtMost}\s+(?<n>[1-5])\b|{Rating}\s+(?:de\s+)?(?<n>[1-5])\s+{OrLess}", Options), m => (1, Value(m))),
        (new($@"\b{Above}\s+(?<n>{Number}){Stars}|{Rating}\s+{Above}\s+(?<n>[1-5])\b", Options), m => (Value(m) + 1, 5)),
        (new($@"\b{Below}\s+(?<n>{Number}){Stars}|{Rating}\s+{Below}\s+(?<n>[1-5])\b", Options), m => (1, Value(m) - 1)),
        (new($@"\b(?<n>{Number}){Stars}", Options), m => (Value(m), Value(m))),
        (new($@"{Rating}\s+(?:de\s+|igual a\s+|com\s+|of\s+|=\s*)?(?<n>[1-5])\b(?![.,][0-9]|\s*%)", Options), m => (Value(m), Value(m))),
    ];

    private static readonly Regex LowRating = new(
        $@"{RatingNoun}\s+{OtherQuality}(?:mais\s+|muito\s+|bem\s+)?(?:negativ[ao]s?|ruins?|baixas?|pessim[ao]s?|horriveis|negative|bad|low|poor)\b" +
        @"|\b(?:piores|worst|lowest)\s+(?:notas|avaliacoes|reviews|ratings)\b|\bmal avaliad[oa]s?\b" +
        @"|\b(?:negative|bad|poor|low|lowest|worst)\s+(?:reviews?|ratings?|scores?|feedback)\b|\blow(?:ly)?[\s-]rated\b", Options);

    private static readonly Regex HighRating = new(
        $@"{RatingNoun}\s+{OtherQuality}(?:mais\s+|muito\s+|bem\s+)?(?:positiv[ao]s?|boas?|altas?|otim[ao]s?|excelentes?|positive|good|high|great)\b" +
        @"|\b(?:melhores|best|highest)\s+(?:notas|avaliacoes|reviews|ratings)\b|\bbem avaliad[oa]s?\b" +
        @"|\b(?:positive|good|great|high|highest|best|top)\s+(?:reviews?|ratings?|scores?|feedback)\b|\b(?:highly|well|top)[\s-]rated\b", Options);

    private static readonly Regex NeutralRating = new(
        $@"{RatingNoun}\s+(?:neutr[ao]s?|medias?|regular(?:es)?|neutral|average|mixed)\b|\b(?:neutral|average|mixed)\s+(?:reviews?|ratings?)\b", Options);

    private static readonly Regex DateRange = new(
        $@"(?:\b(?:entre|de|desde|between|from)\s+)?(?:o\s+dia\s+|os\s+meses\s+de\s+)?(?:{Point("1")}|\b(?<bm1>{Month})\b)" +
        $@"(?:\s*(?:-|–)\s*|\s+(?:e|a|ate|and|to|until|till|through)\s+)(?:o\s+dia\s+)?{Point("2")}", Options);

    private static readonly Regex OpenStart = new(
        $@"\b(?<kind>desde|a partir de|depois de|apos|since|after)\s+(?:o\s+dia\s+)?{Point("1")}" +
        $@"|{Point("1")}\s+(?<kind>em diante|pra frente|para frente|onwards|and later|ou depois)", Options);

    private static readonly Regex OpenEnd = new(
        $@"\b(?<kind>ate|antes de|before|until|till|up to|prior to)\s+(?:o\s+dia\s+)?{Point("1")}", Options);

    private static readonly Regex Single = new(
        $@"(?:\b(?<prep>em|no|na|durante|ao longo de|de|do|da|in|during|from|of|for)\s+(?:o\s+ano\s+de\s+|o\s+mes\s+de\s+)?)?{Point("1")}", Options);

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["janeiro"] = 1,
        ["january"] = 1,
        ["jan"] = 1,
        ["fevereiro"] = 2,
        ["february"] = 2,
        ["fev"] = 2,
        ["feb"] = 2,
        ["marco"] = 3,
        ["march"] = 3,
        ["mar"] = 3,
        ["abril"] = 4,
        ["april"] = 4,
        ["abr"] = 4,
        ["apr"] = 4,
        ["maio"] = 5,
        ["may"] = 5,
        ["mai"] = 5,
        ["junho"] = 6,
        ["june"] = 6,
        ["jun"] = 6,
        ["julho"] = 7,
        ["july"] = 7,
        ["jul"] = 7,
        ["agosto"] = 8,
        ["august"] = 8,
        ["ago"] = 8,
        ["aug"] = 8,
        ["setembro"] = 9,
        ["september"] = 9,
        ["set"] = 9,
        ["sept"] = 9,
        ["sep"] = 9,
        ["outubro"] = 10,
        ["october"] = 10,
        ["out"] = 10,
        ["oct"] = 10,
        ["novembro"] = 11,
        ["november"] = 11,
        ["nov"] = 11,
        ["dezembro"] = 12,
        ["december"] = 12,
        ["dez"] = 12,
        ["dec"] = 12,
    };

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["um"] = 1,
        ["uma"] = 1,
        ["una"] = 1,
        ["one"] = 1,
        ["dois"] = 2,
        ["duas"] = 2,
        ["dos"] = 2,
        ["two"] = 2,
        ["tres"] = 3,
        ["three"] = 3,
        ["quatro"] = 4,
        ["cuatro"] = 4,
        ["four"] = 4,
        ["cinco"] = 5,
        ["five"] = 5,
    };

    /// <summary>The score and date constraints stated in <paramref name="question"/> (never metadata); <see cref="QueryFilters.None"/> when there are none.</summary>
    public static QueryFilters Recognise(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = TextFolding.Fold(ScoreSymbols.SpellOut(question));
        var (minScore, maxScore) = RecogniseScore(text);
        var (dateFrom, dateTo) = RecogniseDates(text);
        return new QueryFilters(minScore, maxScore, dateFrom, dateTo, null);
    }

    /// <summary>The question, unchanged, with the explicit filters completed by the recognised ones: explicit score or date bounds replace recognised ones of the same dimension.</summary>
    public static ParsedQuestion Parse(string question, QueryFilters? explicitFilters)
    {
        var recognised = Recognise(question);
        var given = explicitFilters ?? QueryFilters.None;
        var scoreGiven = given.MinScore is not null || given.MaxScore is not null;
        var datesGiven = given.DateFrom is not null || given.DateTo is not null;
        var merged = new QueryFilters(
            scoreGiven ? given.MinScore : recognised.MinScore,
            scoreGiven ? given.MaxScore : recognised.MaxScore,
            datesGiven ? given.DateFrom : recognised.DateFrom,
            datesGiven ? given.DateTo : recognised.DateTo,
            given.Metadata);
        return new ParsedQuestion(question, merged, recognised);
    }

    /// <summary>
    /// The same merge for a filter already in vector-store form (as queries are stored): recognised conditions
    /// are added only on keys (<see cref="QueryFilters.ScoreKey"/>, <see cref="QueryFilters.DateKey"/>) that the
    /// explicit filter leaves unconstrained. Null when neither gives any condition.
    /// </summary>
    public static VectorFilter? Apply(string question, VectorFilter? explicitFilter)
    {
        var recognised = Recognise(question).ToVectorFilter().Conditions;
        var given = explicitFilter?.Conditions ?? [];
        var added = recognised.Where(r => !given.Any(g => string.Equals(g.Key, r.Key, StringComparison.Ordinal))).ToList();
        if (added.Count == 0) return explicitFilter is { Conditions.Count: > 0 } ? explicitFilter : null;
        return new VectorFilter([.. given, .. added]);
    }

    private static (int? Min, int? Max) RecogniseScore(string text)
    {
        foreach (var (pattern, read) in ScorePatterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                var (min, max) = read(match);
                if (min is >= 1 and <= 5 && max is >= 1 and <= 5 && min <= max) return (min, max);
            }
        }
        var low = LowRating.IsMatch(text);
        var high = HighRating.IsMatch(text);
        var neutral = NeutralRating.IsMatch(text);
        // "avaliações positivas e negativas" asks for both ends: no constraint.
        return (low, high, neutral) switch
        {
            (true, false, false) => (1, 2),
            (false, true, false) => (4, 5),
            (false, false, true) => (3, 3),
            _ => (null, null),
        };
    }

    private static (DateOnly? From, DateOnly? To) RecogniseDates(string text)
    {
        var reviewContext = ReviewContext.IsMatch(text);

        foreach (Match match in DateRange.Matches(text))
        {
            if (!TryReadPoint(match, "2", out var last, out var lastYearOnly)) continue;
            Period first;
            bool firstYearOnly;
            if (match.Groups["bm1"].Success)
            {
                // "entre março e maio de 2018": the first month takes the second's year (the year before when it wraps).
                if (lastYearOnly) continue;
                var month = Months[match.Groups["bm1"].Value];
                var year = month > last.Start.Month ? last.Start.Year - 1 : last.Start.Year;
                first = MonthPeriod(year, month);
                firstYearOnly = false;
            }
            else if (!TryReadPoint(match, "1", out first, out firstYearOnly))
            {
                continue;
            }
            if ((firstYearOnly || lastYearOnly) && !reviewContext) continue;
            if (first.Start <= last.End) return (first.Start, last.End);
        }

        DateOnly? from = null, to = null;
        foreach (Match match in OpenStart.Matches(text))
        {
            if (!TryReadPoint(match, "1", out var period, out var yearOnly) || (yearOnly && !reviewContext)) continue;
            from = match.Groups["kind"].Value is "depois de" or "apos" or "after" ? period.End.AddDays(1) : period.Start;
            break;
        }
        foreach (Match match in OpenEnd.Matches(text))
        {
            if (!TryReadPoint(match, "1", out var period, out var yearOnly) || (yearOnly && !reviewContext)) continue;
            to = match.Groups["kind"].Value is "antes de" or "before" or "prior to" ? period.Start.AddDays(-1) : period.End;
            break;
        }
        if (from is not null || to is not null) return from > to ? (null, null) : (from, to);

        foreach (Match match in Single.Matches(text))
        {
            if (!TryReadPoint(match, "1", out var period, out var yearOnly)) continue;
            if (yearOnly)
            {
                // A bare year counts after a strong preposition, or after a weak one in a question about reviews.
                var preposition = match.Groups["prep"].Value;
                var strong = preposition is "em" or "no" or "na" or "durante" or "ao longo de" or "in" or "during";
                if (preposition.Length == 0 || (!strong && !reviewContext)) continue;
            }
            return (period.Start, period.End);
        }
        return (null, null);
    }

    /// <summary>A day, a month of a year, or a year, with groups suffixed by <paramref name="n"/> so two points can share a pattern.</summary>
    private static string Point(string n) =>
        $@"(?:\b(?<d{n}>[0-3]?[0-9])\s+de\s+(?<m{n}>{Month})\s+de\s+(?<y{n}>{Year})\b" +
        $@"|\b(?<m{n}>{Month})\s+(?<d{n}>[0-3]?[0-9])(?:st|nd|rd|th)?,?\s+(?<y{n}>{Year})\b" +
        $@"|\b(?<d{n}>[0-3]?[0-9])/(?<m{n}>[01]?[0-9])/(?<y{n}>{Year})\b" +
        $@"|\b(?<y{n}>{Year})-(?<m{n}>[01][0-9])-(?<d{n}>[0-3][0-9])\b" +
        $@"|\b(?<m{n}>{Month})\.?(?:\s+de|\s*/|\s*-|\s*,)?\s*(?<y{n}>{Year})\b" +
        $@"|\b(?<m{n}>0?[1-9]|1[0-2])/(?<y{n}>{Year})\b" +
        $@"|\b(?<y{n}>{Year})-(?<m{n}>0[1-9]|1[0-2])\b(?!-[0-9])" +
        $@"|\b(?<y{n}>{Year})\b(?![/-][0-9]))";

    private static bool TryReadPoint(Match match, string n, out Period period, out bool yearOnly)
    {
        period = default;
        yearOnly = false;
        var y = match.Groups["y" + n];
        var m = match.Groups["m" + n];
        var d = match.Groups["d" + n];
        if (!y.Success) return false;
        var year = int.Parse(y.Value, CultureInfo.InvariantCulture);
        if (!m.Success)
        {
            yearOnly = true;
            period = new Period(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return true;
        }
        var month = Months.TryGetValue(m.Value, out var named) ? named : int.Parse(m.Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return false;
        if (!d.Success)
        {
            period = MonthPeriod(year, month);
            return true;
        }
        var day = int.Parse(d.Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        var date = new DateOnly(year, month, day);
        period = new Period(date, date);
        return true;
    }

    private static Period MonthPeriod(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    private static (int Min, int Max) Between(Match match)
    {
        var a = ReadNumber(match.Groups["a"].Value);
        var b = ReadNumber(match.Groups["b"].Value);
        return (Math.Min(a, b), Math.Max(a, b));
    }

    private static int Value(Match match) => ReadNumber(match.Groups["n"].Value);

    private static int ReadNumber(string value) =>
        Numbers.TryGetValue(value, out var number) ? number : int.Parse(value, CultureInfo.InvariantCulture);

    private readonly record struct Period(DateOnly Start, DateOnly End);
}
