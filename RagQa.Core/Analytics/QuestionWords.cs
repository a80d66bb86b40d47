using System.Text;
using System.Text.RegularExpressions;
using RagQa.Core.Text;

namespace RagQa.Core.Analytics;

/// <summary>
/// The folded words of a question with a mark on each one some part of the analysis plan used, so that what is
/// left can be reported. Patterns are words, or prefixes ending in <c>*</c>; a phrase is matched word by word.
/// Chat shorthands ("qtas", "vc") are read as the words they stand for; longer misspelt words of
/// <see cref="AnalysisVocabulary"/> are corrected (one edit), and said so. Quoted words ('mention "prazo"') are literal:
/// only the term reader takes them.
/// </summary>
public sealed partial class QuestionWords
{
    /// <summary>How people abbreviate in a search box; read as the full word, no doubt about it.</summary>
    private static readonly Dictionary<string, string> Shorthands = new()
    {
        ["qto"] = "quanto",
        ["qta"] = "quanta",
        ["qtos"] = "quantos",
        ["qtas"] = "quantas",
        ["qnt"] = "quanto",
        ["qnto"] = "quanto",
        ["qnts"] = "quantos",
        ["qntas"] = "quantas",
        ["qtd"] = "quantidade",
        ["avals"] = "avaliacoes",
        ["aval"] = "avaliacao",
        ["qtde"] = "quantidade",
        ["vc"] = "voce",
        ["vcs"] = "voces",
        ["q"] = "que",
        ["pq"] = "porque",
        ["tb"] = "tambem",
        ["tbm"] = "tambem",
        ["mt"] = "muito",
        ["mto"] = "muito",
        ["mta"] = "muita",
        ["mtos"] = "muitos",
        ["mtas"] = "muitas",
        ["pf"] = "favor",
        ["pfv"] = "favor",
        ["pls"] = "please",
        ["plz"] = "please",
        ["nro"] = "numero",
        ["qeu"] = "que",
        ["pct"] = "percent",
        ["perc"] = "percentual",
        ["ult"] = "ultimo",
        ["ults"] = "ultimos",
        ["trim"] = "trimestre",
        ["qtr"] = "quarter",
        ["qtrs"] = "quarters",
        ["neg"] = "negativas",
        ["msm"] = "mesmo",
        ["ta"] = "esta",
        ["porfa"] = "favor",
        ["qty"] = "quantity",
        ["qtd"] = "quantidade",
        ["qtde"] = "quantidade",
        ["med"] = "media",
        ["prom"] = "promedio",
        ["pos"] = "positivas",
        ["negs"] = "negativas",
        ["nmbr"] = "number",
        ["yoy"] = "yearly",
        ["dps"] = "depois",
        ["yr"] = "year",
        ["yrs"] = "years",
        ["d"] = "de",
        ["qts"] = "quantos",
        ["tds"] = "todos",
        ["avlas"] = "avaliacoes",
        ["mom"] = "mensal",
        ["ie"] = "meaning",
    };

    private readonly List<string> _words;
    private readonly List<string> _written;
    private readonly bool[] _used;
    private readonly bool[] _names;
    private readonly bool[] _quoted;
    private readonly bool[] _endsClause;

    public QuestionWords(string question)
    {
        // "'geladeira' (fridge)": a gloss of a quoted word, for the reader, not a second thing to look for.
        question = QuotedGloss().Replace(question, "$1");
        // "dois mil e dezessete", "twenty seventeen": a year in words, as its digits.
        question = YearWords.SpellOut(question);
        // "ano de 17", "junio del 18", "Apr '18": a year written with two digits after a month or the word year.
        question = TwoDigitYear().Replace(question, "${before}20${year}");
        // "jan/fev 2018", "jan-mar 2018": two months joined by a slash or a dash, the months from the first to the second.
        question = MonthPair().Replace(question, "${first} a ${second}");
        // "qual o % de…", "what % of…": a percent sign standing for the word.
        question = LonePercent().Replace(question, " percent ");
        // "🆚": versus.
        question = question.Replace("🆚", " vs ", StringComparison.Ordinal).Replace("×", " vs ", StringComparison.Ordinal);
        // "just the overall figure, no breakdown needed": a breakdown declined is not asked for.
        question = NoBreakdown().Replace(question, " ");
        // "pós-venda" (after-sales) is not "pos", the positive reviews.
        question = AfterSales().Replace(question, "posvenda");
        // "año contra año", "year over year": one figure per year.
        question = YearOverYear().Replace(question, " yearly ");
        // "score in (4,5)", "created >= 2018-03", "texto contém x", "o filtro de texto é x", "group: ano": a BI tool's filters read as words.
        question = FilterNotation.SpellOut(question);
        // ">= 4 estrellas", "<= 2 stars", "4+ stars", "# of neg": symbols read as the words that say them.
        question = ScoreSymbols.SpellOut(question);
        // "1★", "5 ⭐": a star drawn is a star written.
        question = question.Replace("★", " estrelas ", StringComparison.Ordinal).Replace("⭐", " estrelas ", StringComparison.Ordinal);
        // "5*", "nas de 1*", "1*, 2* e 3*": an asterisk after a score is a star.
        question = AsteriskStar().Replace(question, "$1 estrelas ");
        // "4-5 estrelas", "notas 1–2", "1–2-star": a range of scores written with a dash, read as "4 a 5".
        question = ScoreDash().Replace(question, "$1 a $2");
        // "2017–2018", "2016-2017": two years joined by a dash, the years from the first to the second.
        question = YearDash().Replace(question, "$1 a $2");
        // "2º sem 2017", "primeiro sem.": a half-year shortened after its ordinal ("sem" alone is "without").
        question = SemesterShort().Replace(question, "${ordinal} semestre");
        // "mar-18", "Feb-18", "dez/17", "03/18": a month with a two-digit year, read as the full year.
        question = ShortYear().Replace(question, "$1 20$2");
        // "q4 17", "Q1/18", "q2 '17": a quarter with a two-digit year.
        question = QuarterShortYear().Replace(question, "Q${quarter} 20${year}");
        // "past 12m", "ult 6 meses": months counted back, shortened; "oq": "o que".
        question = MonthsShort().Replace(question, "${last} ${count} meses");
        // "últimos 90 días", "the 90 days before that": whole months of days, read as those months.
        // The count is written as a word: a digit next to a score noun could be read as a score.
        question = DaysAsMonths().Replace(question, m => m.Groups["days"].Value switch
        {
            "30" => "one month",
            "60" => "two months",
            "90" => "three months",
            "120" => "four months",
            "180" => "six months",
            _ => "twelve months",
        });
        question = WhatShort().Replace(question, "o que");
        // "negativas x mes": "x" before a month or year is "per" (between two things it is "versus").
        question = PerPeriod().Replace(question, "por ${unit}");
        // "how many 1s 2s 3s": a score in the plural is the reviews with that many stars.
        question = ScorePlural().Replace(question, "${score} estrelas");
        // "1a2 estrelas", "4a5": a range of scores written as one word.
        question = ScoresRunTogether().Replace(question, "${low} a ${high}");
        // "3 estrellas p/ abajo", "c/ defeito", "w/ 1 or 2 stars", "w/o 2016": a letter and a slash standing for a preposition.
        question = SlashShorthand().Replace(question, m => m.Value.ToLowerInvariant() switch
        {
            "w/o" => "without",
            "p/" => "para",
            "c/" => "com",
            "s/" => "sem",
            _ => "with",
        });
        // "cuantas de 1, de 2, de 3, de 4 y de 5 estrellas": the preposition said again before each score of a list.
        question = ListedScores().Replace(question, list => ListedScorePreposition().Replace(list.Value, "${mark} "));
        // "do início de março ao fim de junho", "by the end of May 2017", "hasta finales de mayo": the edges of the months that
        // bound a span are the months themselves; "by the end of" counts up to it.
        question = StartOfMonth().Replace(question, "");
        question = EndOfMonth().Replace(question, m => m.Groups["lead"].Value.ToLowerInvariant() switch
        {
            "by" => "until ",
            "ao" => "a ",
            var lead => lead + " ",
        });
        // "in each calendar year", "por ano civil", "por año natural": the year.
        question = CalendarYear().Replace(question, "${unit}");
        // "does 'x' show up anywhere", "where 'x' turns up": a word that shows up appears.
        question = ShowsUp().Replace(question, m => m.Groups["verb"].Value.ToLowerInvariant() switch
        {
            "shows" or "turns" => "appears",
            "showed" or "shown" or "turned" => "appeared",
            _ => "appear",
        });
        var corrections = new List<string>();
        var spans = TextFolding.Words(question);
        var quotes = QuotedText.Pattern().Matches(question).Select(m => (From: m.Groups[1].Index, To: m.Groups[1].Index + m.Groups[1].Length)).ToList();
        _quoted = spans.Select(w => quotes.Any(q => w.Start >= q.From && w.Start < q.To)).ToArray();
        _names = spans.Select((w, i) => i > 0 && char.IsUpper(question[w.Start])).ToArray();
        _words = spans.Select((w, i) => _quoted[i] ? w.Folded
            : _names[i] && !StartsSentence(question, w.Start) ? CorrectName(Shorthands.GetValueOrDefault(w.Folded, w.Folded), corrections)
            : Correct(Shorthands.GetValueOrDefault(w.Folded, w.Folded), corrections)).ToList();
        _written = spans.Select(w => question.Substring(w.Start, w.Length).ToLowerInvariant()).ToList();
        _used = new bool[_words.Count];
        _endsClause = spans.Select((w, i) => EndsClauseAt(question, w.Start + w.Length, i + 1 < spans.Count ? spans[i + 1].Start : question.Length)).ToArray();
        Corrections = corrections;
    }

    /// <summary>
    /// A capitalised word inside a sentence is a name ("a Júlia do marketing" is not "julio"), corrected only to an English
    /// month, which English capitalises ("in Feburary 2018").
    /// </summary>
    private static string CorrectName(string word, List<string> corrections)
    {
        var said = new List<string>();
        var corrected = Correct(word, said);
        if (corrected == word || !AnalysisVocabulary.MonthsEnglish.Contains(corrected)) return word;
        corrections.AddRange(said);
        return corrected;
    }

    /// <summary>Whether the word at <paramref name="start"/> opens a sentence: nothing but spaces and marks since a sentence end.</summary>
    private static bool StartsSentence(string question, int start)
    {
        var before = question[..start].TrimEnd(' ', '¿', '¡', '"', '\'', '(', '“');
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or '\n' or ':';
    }

    public IReadOnlyList<string> Words => _words;

    /// <summary>The words as the question wrote them (lower case, accents kept): labels for what the asker named.</summary>
    public IReadOnlyList<string> Written => _written;

    /// <summary>"negatvas → negativas" for each word read as another.</summary>
    public IReadOnlyList<string> Corrections { get; }

    public bool IsUsed(int index) => _used[index];

    /// <summary>Inside quotation marks: a literal term, never a score, period, measure or filler word.</summary>
    public bool IsQuoted(int index) => _quoted[index];

    /// <summary>Capitalised inside the question ("clientes de Curitiba"): a name, likely a condition the reviews cannot be filtered by.</summary>
    public bool IsName(int index) => _names[index];

    /// <summary>Whether punctuation that closes a clause (a comma, a colon, a question mark, a dash…) follows the word.</summary>
    public bool EndsClause(int index) => _endsClause[index];

    /// <summary>A clause mark between two words; a point only before a space or the end ("3.5" is a number).</summary>
    private static bool EndsClauseAt(string question, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (question[i] is ',' or ';' or ':' or '?' or '!' or '¿' or '¡' or '(' or ')' or '—' or '–') return true;
            if (question[i] == '.' && (i + 1 >= question.Length || char.IsWhiteSpace(question[i + 1]))) return true;
        }
        return false;
    }

    /// <summary>
    /// The words no reader used, as written, with quoted runs in quotes and a comma where a clause ended: what is left of
    /// the question for readers that take text ("sem contar as de 5 estrelas, o que mais elogiam?" → "o que mais elogiam").
    /// </summary>
    public string Rest()
    {
        var rest = new StringBuilder();
        for (var i = 0; i < _words.Count; i++)
        {
            if (_used[i]) continue;
            var opensQuote = _quoted[i] && (i == 0 || !_quoted[i - 1] || _used[i - 1]);
            var closesQuote = _quoted[i] && (i + 1 == _words.Count || !_quoted[i + 1] || _used[i + 1] || _endsClause[i]);
            if (rest.Length > 0) rest.Append(' ');
            rest.Append(opensQuote ? "\"" : "").Append(_written[i]).Append(closesQuote ? "\"" : "").Append(_endsClause[i] ? "," : "");
        }
        return rest.ToString();
    }

    public void Use(int index, int count = 1)
    {
        for (var i = index; i < index + count; i++) _used[i] = true;
    }

    /// <summary>The index where <paramref name="phrase"/> first matches unused words, or -1.</summary>
    public int Find(params string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= _words.Count; i++)
        {
            if (MatchesAt(i, phrase)) return i;
        }
        return -1;
    }

    /// <summary>Whether <paramref name="phrase"/> matches the unused, unquoted words from <paramref name="at"/> on.</summary>
    public bool MatchesAt(int at, string[] phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (at < 0 || at + phrase.Length > _words.Count) return false;
        for (var j = 0; j < phrase.Length; j++)
        {
            if (_used[at + j] || _quoted[at + j] || !Matches(_words[at + j], phrase[j])) return false;
        }
        return true;
    }

    /// <summary>Marks the first match of any of the phrases as used; true when one matched.</summary>
    public bool Take(IEnumerable<string[]> phrases)
    {
        foreach (var phrase in phrases)
        {
            var at = Find(phrase);
            if (at < 0) continue;
            Use(at, phrase.Length);
            return true;
        }
        return false;
    }

    /// <summary>Marks every unused word matching one of the patterns as used; true when any did.</summary>
    public bool TakeEvery(IEnumerable<string> patterns)
    {
        var list = patterns.ToList();
        var any = false;
        for (var i = 0; i < _words.Count; i++)
        {
            if (_used[i] || _quoted[i] || !list.Any(p => Matches(_words[i], p))) continue;
            _used[i] = true;
            any = true;
        }
        return any;
    }

    public bool Has(IEnumerable<string> patterns) => _words.Where((_, i) => !_quoted[i]).Any(w => patterns.Any(p => Matches(w, p)));

    /// <summary>Whether a word not read yet, outside quotes, matches one of the patterns.</summary>
    public bool HasUnused(IEnumerable<string> patterns) => _words.Where((_, i) => !_quoted[i] && !_used[i]).Any(w => patterns.Any(p => Matches(w, p)));

    public static bool Matches(string word, string pattern) =>
        pattern.EndsWith('*') ? word.StartsWith(pattern[..^1], StringComparison.Ordinal) : word == pattern;

    /// <summary>
    /// Real words one edit from a correction target ("sob medida" is not "média", "junto" is not "junho"): found by comparing
    /// the reviews' own vocabulary, and everyday Portuguese, with <see cref="AnalysisVocabulary.CorrectionTargets"/>.
    /// </summary>
    private static readonly HashSet<string> NotTypos = ["medida", "medidas", "junto", "juntos", "marca", "marcas", "abrir", "quanto", "ultima", "mediana", "tend", "nomas", "notes", "note", "notar", "monta", "monte", "mouth"];

    private static string Correct(string word, List<string> corrections)
    {
        if (word.Any(char.IsDigit) || AnalysisVocabulary.IsKnown(word) || NotTypos.Contains(word)) return word;
        // A key held down ("anno", "avaliaccoes"): the word with one doubled letter typed once, if that is a known one.
        var undoubled = Enumerable.Range(1, word.Length - 1).Where(i => word[i] == word[i - 1]).Select(i => word.Remove(i, 1))
            .FirstOrDefault(AnalysisVocabulary.IsKnown);
        if (undoubled is not null)
        {
            corrections.Add($"{word} → {undoubled}");
            return undoubled;
        }
        if (word.Length < 4) return word;
        // A four-letter slip is read only as two letters swapped ("mnay") or one left out of a longer word ("méda"): one
        // letter replaced would turn too many real short words into others.
        var match = AnalysisVocabulary.CorrectionTargets.FirstOrDefault(target => OneEditApart(word, target)
            && (word.Length >= 5 || target.Length > word.Length || target.Length == word.Length && target.Order().SequenceEqual(word.Order())));
        if (match is null) return word;
        corrections.Add($"{word} → {match}");
        return match;
    }

    /// <summary>Damerau–Levenshtein distance of exactly one: one letter inserted, deleted, replaced, or two swapped.</summary>
    public static bool OneEditApart(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1) return false;
        // Typing slips spare the first letter; "devolução" is not a misspelt "evolução".
        if (a[0] != b[0]) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
        {
            if (a[(i + 1)..] == b[(i + 1)..]) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..] == b[(i + 2)..];
        }
        return a.Length > b.Length ? a[(i + 1)..] == b[i..] : a[i..] == b[(i + 1)..];
    }

    /// <summary>A percent sign standing alone, between spaces or at an end.</summary>
    [GeneratedRegex(@"(?<=^|\s)%(?=\s|$)")]
    private static partial Regex LonePercent();

    /// <summary>"início de", "começo de", "the start of", "el principio de" before a month.</summary>
    [GeneratedRegex(@"(?:\b(?:o|el|the)\s+)?\b(?:in[ií]cio|come[cç]o|principio|comienzo|inicio|start|beginning)\s+(?:de|of|del)\s+(?=(?:" + MonthNames + @")\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartOfMonth();

    /// <summary>"ao fim de", "até o final de", "to the end of", "by the end of", "hasta finales de" before a month or a year.</summary>
    [GeneratedRegex(@"\b(?<lead>ao|a|at[eé]|hasta|to|until|till|by)\s+(?:(?:o|a|el|la|the)\s+)?(?:fim|final|finais|finales|end|fin)\s+(?:de|of|del)\s+(?=(?:" + MonthNames + @")\b|20\d\d\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndOfMonth();

    /// <summary>"calendar year", "ano civil", "año natural", "calendar month".</summary>
    [GeneratedRegex(@"\bcalendar\s+(?<unit>years?|months?)\b|\b(?<unit>anos?|años?)\s+(?:civil|civis|calend[aá]rios?|naturales|natural)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CalendarYear();

    /// <summary>"show up", "shows up", "turned up".</summary>
    [GeneratedRegex(@"\b(?<verb>show|shows|showed|shown|turn|turns|turned)\s+up\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShowsUp();

    /// <summary>"p/", "c/", "s/", "w/", "w/o" standing alone (not "jan/fev", "1/2", "and/or").</summary>
    [GeneratedRegex(@"(?<![\w/])(?:[wW]/[oO]|[pPcCsSwW]/)(?![\w/])")]
    private static partial Regex SlashShorthand();

    /// <summary>Three or more scores listed, each after a preposition ("de 1, de 2, de 3, de 4 y de 5"); two are set against each other.</summary>
    [GeneratedRegex(@"\b(?:de|com|con|with|of|da|das)\s+[1-5](?:\s*,\s*(?:de|com|con|with|of|da|das)\s+[1-5])+\s*(?:,|\s(?:e|y|and|ou|o|or))\s+(?:de|com|con|with|of|da|das)\s+[1-5]\b(?![.,]\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListedScores();

    /// <summary>Inside such a list, a comma or a conjunction after a score, then the preposition said again.</summary>
    [GeneratedRegex(@"(?<=[1-5]\s*)(?<mark>,|\s(?:e|y|and|ou|o|or))\s+(?:de|com|con|with|of|da|das)\s+(?=[1-5])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListedScorePreposition();

    /// <summary>Two scores joined by a dash, not part of a longer number, a date or a decimal; "1–2-star" is a range too.</summary>
    [GeneratedRegex(@"(?<![\d/.,:-])([1-5])\s*[-–—]\s*([1-5])(?![\d/.,:]|-(?!(?:stars?|estrelas?|estrellas?)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScoreDash();

    /// <summary>Two years joined by a dash ("2017–2018"), not part of a longer number or a date.</summary>
    [GeneratedRegex(@"(?<![\d/.,:-])(20\d\d)\s*[-–—]\s*(20\d\d)(?![\d/.,:-])")]
    private static partial Regex YearDash();

    private const string MonthNames =
        "janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|january|february|march|april|may|june|july|" +
        "august|september|october|november|december|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|" +
        "jan|fev|feb|mar|abr|apr|mai|jun|jul|ago|aug|set|sep|sept|out|oct|nov|dez|dec|dic|ene";

    /// <summary>
    /// A two-digit year 2010–2029 after a month ("junio del 18", "Apr '18"), after "ano de"/"year" ("ano de 17") or a part of a
    /// year ("1º sem 17 x 1º sem 18"): an apostrophe, or the end of the phrase (punctuation, a range, comparison or grouping
    /// word, the end), so that "junho de 15 dias" stays.
    /// </summary>
    [GeneratedRegex(@"(?<before>\b(?:" + MonthNames + @"|ano|año|year|semestre|semester|sem|trimestre|tri|quarter|qtr)\s+(?:(?:de|del|of)\s+)?)'?(?<year>[12][0-9])(?=\s*(?:[?.,;:!)\n]|$)|\s+(?:a|to|e|and|y|ou|or|até|ate|hasta|until|x|vs|versus|contra|against|quebra|por|by|per|media|média|avg)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TwoDigitYear();

    /// <summary>Two month names or abbreviations joined by a slash or a dash ("jan/fev 2018", "jan-mar 2018").</summary>
    [GeneratedRegex(@"\b(?<first>" + MonthNames + @")\s?[/–-]\s?(?<second>" + MonthNames + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthPair();

    /// <summary>"2º sem", "segundo sem.": a half-year's ordinal and "sem" shortened from "semestre".</summary>
    [GeneratedRegex(@"\b(?<ordinal>[12]\s?[º°ªo]|[12](?:do|ro|er|nd|st)|primeiro|segundo|primer)\s+sem\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SemesterShort();

    /// <summary>A closing quote and the parenthesis right after it ("'geladeira' (fridge)").</summary>
    [GeneratedRegex(@"([""”’'])\s*\([^()]{1,30}\)")]
    private static partial Regex QuotedGloss();

    /// <summary>"q4 17", "Q1/18", "q2 '17": a quarter and a two-digit year 2010–2029, not part of a longer number.</summary>
    [GeneratedRegex(@"\b[qQ](?<quarter>[1-4])\s*[/-]?\s*'?(?<year>[12][0-9])(?![\w/]|[.,:]\d)")]
    private static partial Regex QuarterShortYear();

    /// <summary>"past 12m", "last 6 mos", "ult 3m": a count of months after a word of the last ones.</summary>
    [GeneratedRegex(@"\b(?<last>last|past|previous|ultimos|últimos|ult|ults|ultimas|últimas)\s+(?<count>[1-9][0-9]?)\s*(?:m|mo|mos|mths)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthsShort();

    /// <summary>A score and an asterisk for its star ("5*", "1 *"), not part of a number or a product of numbers.</summary>
    [GeneratedRegex(@"(?<![\w.,])([1-5])\s?\*(?![\w*])")]
    private static partial Regex AsteriskStar();

    [GeneratedRegex(@"\b(?:no|without|sem|sin)\s+(?:a\s+)?(?:breakdown|desglose|quebra|detalhamento)(?:\s+(?:needed|necessary|required|necessario|necesario))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoBreakdown();

    [GeneratedRegex(@"\bp[oó]s[\s-]?vendas?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterSales();

    /// <summary>"año contra año", "ano a ano contra", "year over year", "year-on-year".</summary>
    [GeneratedRegex(@"\b(?:año|ano|year)[\s-]+(?:contra|vs|versus|over|on|sobre)[\s-]+(?:año|ano|year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearOverYear();

    /// <summary>A count of days that makes whole months (30, 60, 90, 120, 180, 365 days).</summary>
    [GeneratedRegex(@"\b(?<days>30|60|90|120|180|365)\s*(?:dias|días|days)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysAsMonths();

    /// <summary>"sobre oq falam": "o que" run together.</summary>
    [GeneratedRegex(@"\boq\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhatShort();

    /// <summary>"x mes", "x año", "x month": "per" a month or year ("2017 x ano 2018" sets two years against each other).</summary>
    [GeneratedRegex(@"\bx\s+(?<unit>m[eê]s|meses|ano|anos|año|años|month|months|year|years)\b(?!\s*(?:de\s+|of\s+)?\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerPeriod();

    /// <summary>"1s", "5s": a score written in the plural.</summary>
    [GeneratedRegex(@"(?<![\w.,'])(?<score>[1-5])s\b")]
    private static partial Regex ScorePlural();

    /// <summary>"1a2", "4a5": two scores joined by "a" with no space.</summary>
    [GeneratedRegex(@"(?<![\w.,])(?<low>[1-5])a(?<high>[1-5])(?![\w.,])", RegexOptions.IgnoreCase)]
    private static partial Regex ScoresRunTogether();

    /// <summary>A month name, abbreviation or number joined to a two-digit year by a dash or slash.</summary>
    [GeneratedRegex(@"(?<![\w/.,-])((?:jan|fev|feb|mar|abr|apr|mai|may|jun|jul|ago|aug|set|sep|sept|out|oct|nov|dez|dec|dic|ene)[a-zç]*|0?[1-9]|1[0-2])[-/]([0-9]{2})(?![\w/-]|[.,]\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortYear();

}
