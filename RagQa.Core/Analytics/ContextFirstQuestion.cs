using System.Text.RegularExpressions;
using RagQa.Core.Text;

namespace RagQa.Core.Analytics;

/// <summary>
/// "Um cliente disse que o móvel chegou com 'cupim'. Alguma avaliação fala nisso?", "My intern noticed reviews about
/// 'meses'. How many from the last year contain that word?": context told first, the question last. The question is
/// read on its own — what a colleague said or why the figure is wanted is not what to count — with the words it points
/// back to ("esse termo", "that word", "nesse ano", "ese mes") taken from the context: its quoted words, or its one period.
/// </summary>
public static partial class ContextFirstQuestion
{
    /// <summary>
    /// The message's closing question with what it points back to filled in, or null when the message is not context
    /// then a question. Context is told in sentences ("… 'cupim'. Alguma avaliação…?"); after a colon or a dash only a
    /// question that points back to it leaves it ("publicidad 'enganosa': ¿aparece esa palabra…?"), since there the
    /// clause before is more often a condition ("Março ou abril de 2018: em qual mês…?").
    /// </summary>
    public static string? QuestionOf(string message)
    {
        var sentences = AnalysisPlanParser.SentencesOf(message);
        if (sentences.Count == 0) return null;
        // "¿Aparece 'curioso' en 2016? Me contaron una historia rara…", "…, porque el equipo sospecha de pedidos anulados.": why it is
        // asked, told after the question, is context too — unless it names what to count ("Quantas negativas? Só as de 2018.").
        var asked = sentences.FindLastIndex(s => s.EndsWith('?'));
        if (asked >= 0 && asked < sentences.Count - 1 && string.Join(" ", sentences[(asked + 1)..]) is var after
            && (!AnalysisPlanParser.NamesSomething(after, reviewWords: false) || TellsPurpose(after) || sentences[(asked + 1)..].All(IsBelief)))
        {
            sentences = sentences[..(asked + 1)];
        }
        if (sentences.Count >= 2 && sentences[..^1].All(IsBelief)) return BeliefChecked(sentences[..^1], sentences[^1]);
        if (AsideAt(sentences[^1]) is { } aside)
        {
            sentences[^1] = sentences[^1][..aside].TrimEnd() + (sentences[^1].EndsWith('?') ? "?" : "");
        }
        if (string.Join(" ", sentences) is var trimmed && trimmed != message.Trim() && sentences.Count == 1) return trimmed;
        // A quotation split across sentences ("'… adiantado. Dou dez.' Onde está?") is one customer's text, not context.
        if (sentences.Count < 2 || !sentences[^1].EndsWith('?') || sentences[^1].Count(IsQuoteMark) % 2 == 1) return null;
        var context = sentences[..^1];
        var told = string.Join(" ", context);
        var question = PointedBack(sentences[^1], told);
        // Questions only ("Atraso é queixa frequente? Tem muita gente citando 'atraso'?"): one of several, read elsewhere —
        // unless the last points back to the first ("Dezembro de 2017 teve muita nota baixa? Qual o percentual… naquele mês?").
        if (question == sentences[^1] && context.All(s => s.EndsWith('?'))) return null;
        if (question == sentences[^1] && !(context[^1].EndsWith('!') || context[^1].EndsWith('.') && !EtcEnd().IsMatch(context[^1]))) return null;
        return KeepsConditions(told, question) ? null : question;
    }

    /// <summary>
    /// Whether the context names scores, a period or quoted words and the question none of that kind: then the context
    /// states what to count ("A média desceu de janeiro a junho de 2018. Mostra mês por mês?"), not only why it is asked.
    /// </summary>
    internal static bool KeepsConditions(string context, string question)
    {
        var (told, asked) = (new QuestionWords(context), new QuestionWords(question));
        return ScoreReader.Read(told).Count > 0 && ScoreReader.Read(asked).Count == 0
            || PeriodReader.Read(told, []).Count > 0 && PeriodReader.Read(asked, []).Count == 0
            || QuotedText.Pattern().IsMatch(context) && !QuotedText.Pattern().IsMatch(question);
    }

    /// <summary>
    /// "… de ago/2018? quero comparar com o turno", "…? I need it for the board", "…? Es para el reporte": what the asker will do with the figure,
    /// told after the question in the first person. Comparing it with something of their own is such a use; naming a
    /// figure, scores, a period or a quoted word is not ("Quero os dois percentuais", "quero comparar com a média geral").
    /// </summary>
    private static bool TellsPurpose(string after)
    {
        var words = new QuestionWords(after).Words;
        // "Lo quiero para ilustrar…", "O quero para o slide": the figure pointed back to, then the purpose.
        if (words is ["lo" or "la" or "o" or "a", var opener, ..] && PurposeOpeners.Contains(opener)) words = words.Skip(1).ToList();
        // "Es para el reporte regional", "It's for the budget deck": what the figure is for; "Trying to size how much people
        // talk about quality…", "Tentando entender…": what the asker is doing. Whatever else they name, scores, a period or a
        // quoted word keep them ("É para as negativas de 2018").
        if (words is ["es" or "e" or "eh", "para" or "pra", ..] or ["it" or "this" or "that", "s" or "is", "for", ..] or ["trying" or "tentando" or "intentando" or "tratando", ..])
        {
            return !NamesCondition(after);
        }
        // "Depois quero comparar visualmente com o semestre seguinte": a use for later; what it names is not counted now.
        if (words is [var then, var purpose, ..] && LaterWords.Contains(then) && PurposeOpeners.Contains(purpose)) return !QuotedText.Pattern().IsMatch(after);
        if (words is not [var first, ..] || !PurposeOpeners.Contains(first) && words is not ["i" or "we", "want" or "need" or "will" or "ll" or "m" or "am", ..])
        {
            return false;
        }
        // "Preciso desse número pra um slide": the figure pointed back to is the one asked for, not another to count.
        var told = words.Where((w, i) => i == 0 || !FigurePointers.Contains(words[i - 1]));
        var withoutComparing = string.Join(" ", told.Where(w => w is not ("com" or "with" or "con") && !AnalysisVocabulary.Compare.Any(p => QuestionWords.Matches(w, p))));
        return !QuotedText.Pattern().IsMatch(after) && !AnalysisPlanParser.NamesSomething(withoutComparing, reviewWords: false);
    }

    /// <summary>
    /// "Acho que as negativas subiram em 2018, confere? Me mostra a proporção por ano.", "I suspect 1-star reviews outnumber
    /// 2- and 3-star ones in Q1 2018. Show me the star breakdown for January through March 2018.": a belief told to be
    /// checked, then what to show for it. The belief's scores and periods are its claim, not what to count within: the ask
    /// is read on its own, with what it points back to filled in ("naquele ano"). An ask that only asks for the check
    /// ("Can you check it?", "Confere comparando os dois?") is answered by the claim's own figure; one that names nothing
    /// ("¿Cuántas son?") leaves the whole message to the parser (null).
    /// </summary>
    private static string? BeliefChecked(List<string> beliefs, string ask)
    {
        var claim = string.Join(" ", beliefs.Select(b => BeliefOpener().Replace(b, "", 1).Trim().TrimEnd('.', '!', '?', ',', ';')));
        if (VerificationOnly(ask)) return claim.Length == 0 ? null : claim + "?";
        if (!ask.EndsWith('?') && !RequestOpener().IsMatch(TextFolding.Fold(ask)) || BothPointer().IsMatch(ask)) return null;
        // "Creo que las neutras fueron bajando en 2018. ¿Cuántas hubo en cada mes de ese año?": scores the ask leaves out are
        // the belief's, unless the ask breaks the reviews down by score ("Show me the star breakdown…").
        var question = PointedBack(ask, claim);
        if (ScoreReader.Read(new QuestionWords(claim)).Count > 0 && ScoreReader.Read(new QuestionWords(ask)).Count == 0
            && AnalysisPlanParser.Parse(question) is not { Grouping: AnalysisGrouping.Score })
        {
            return null;
        }
        return question == ask && !NamesCondition(ask) ? null : question;
    }

    /// <summary>"nos dois anos", "both periods", "ambos grupos", "los dos": the ask compares what the belief named, so it is read with it.</summary>
    [GeneratedRegex(@"\b(?:(?:[dn]?[oa]s\s+)?(?:dois|duas)|ambos|ambas|both|(?:the|los|las)\s+(?:two|dos))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BothPointer();

    /// <summary>Whether the text names scores, a period or a quoted word: what to count within.</summary>
    private static bool NamesCondition(string text)
    {
        var words = new QuestionWords(text);
        return ScoreReader.Read(words).Count > 0 || PeriodReader.Read(words, []).Count > 0 || QuotedText.Pattern().IsMatch(text);
    }

    private static bool IsBelief(string sentence) => BeliefOpener().IsMatch(sentence) && !VerificationOnly(sentence);

    /// <summary>"Can you check it?", "Confere comparando os dois?", "¿Es así?", "Is that right?": the check asked for, and nothing to count.</summary>
    private static bool VerificationOnly(string sentence) =>
        VerificationOpener().IsMatch(TextFolding.Fold(sentence)) && new QuestionWords(sentence).Words.Count <= 6 && !NamesCondition(sentence);

    /// <summary>
    /// "Acho que…", "Aposto que…", "Sospecho que…", "Tengo la sensación de que…", "I suspect…", "My guess is…", "Mi jefe cree
    /// que…", "The manager thinks…": what someone believes, told at the start of a sentence.
    /// </summary>
    [GeneratedRegex(
        @"^\s*(?:(?:eu|yo)\s+)?(?:acho|creio|suspeito|aposto|desconfio|imagino|creo|sospecho|apuesto|supongo|intuyo)(?:\s+(?:a\s+)?que)?\b" +
        @"|^\s*(?:tenho|tengo)\s+(?:a|la)\s+(?:impress[aã]o|sensa[cç][aã]o|impresi[oó]n|sensaci[oó]n)\s+(?:de\s+)?que\b" +
        @"|^\s*(?:i|we)\s+(?:think|believe|suspect|bet|guess|assume|feel|reckon)\b(?:\s+that\b)?" +
        @"|^\s*my\s+(?:guess|assumption|hunch|hypothesis|theory|bet|feeling|impression)\s+is\b(?:\s+that\b)?" +
        @"|^\s*(?:minha|mi)\s+(?:hip[oó]tese|hip[oó]tesis|aposta|apuesta|suposi[cç][aã]o|suposici[oó]n|impress[aã]o|impresi[oó]n|teoria|teor[ií]a)\s+(?:[eé]|es)\s+(?:de\s+)?que\b" +
        @"|^\s*(?:(?:o|a|el|la|my|our|the|mi|meu|minha|nosso|nossa|nuestro|nuestra)\s+)?(?:(?:quality|sales|support|ops|operations|finance|marketing|logistics)\s+)?(?:chefe|gerente|jefe|jefa|boss|manager|diretor|diretora|director|directora|equipe|equipo|team|time)\s+(?:acha|cr[eê]|cree|pensa|piensa|thinks|believes|suspects|says|diz|dice)\b(?:\s+que\b|\s+that\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BeliefOpener();

    /// <summary>The start, folded, of a check asked for: "can you check", "confere", "verifica", "is that right", "¿es así".</summary>
    [GeneratedRegex(
        @"^\W*(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:check|verify|confirm|validate)\b|^\W*(?:is\s+(?:that|this|it)\s+(?:right|true|correct|so)|am\s+i\s+right|true|right)\b" +
        @"|^\W*(?:(?:voce\s+)?(?:pode|podes|puedes|podrias|poderia)\s+)?(?:confer|confir|chec|cheq|verific|valid|comprob|comprueb)\w*" +
        @"|^\W*(?:e|es)\s+(?:isso|verdade|assim|cierto|asi)\b|^\W*(?:procede|verdade|cierto|sera|estou\s+cert[oa]|tengo\s+razon)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex VerificationOpener();

    /// <summary>The start, folded, of an ask said as a request rather than a question: "me mostra…", "dame…", "show me…".</summary>
    [GeneratedRegex(
        @"^\W*(?:me|nos)\s+(?:da|de)\b|^\W*(?:(?:me|nos)\s+)?(?:mostra|mostre|mostrar|passa|passe|manda|mande|lista|liste|compara|compare|calcula|calcule|diz|diga|informe|traz|traga|separa|separe)\b" +
        @"|^\W*(?:dame|danos|dime|muestrame|muestra|mostrame|pasame|ensename|calcula|compara|lista|hazme|saca|sacame)\b" +
        @"|^\W*(?:please\s+)?(?:show|give|list|tell|break|compare|calculate|count|pull|get)\b|^\W*(?:i\s+(?:want|need|would\s+like)|quero|queria|preciso|quiero|necesito)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex RequestOpener();

    /// <summary>"desse número", "that figure", "ese dato": a pointer back to what the question asked.</summary>
    private static readonly HashSet<string> FigurePointers =
        ["desse", "dessa", "esse", "essa", "deste", "desta", "este", "esta", "that", "this", "ese", "esa"];

    /// <summary>"Depois…", "Luego…", "Later…": said before a purpose, it is for after the figure is known.</summary>
    private static readonly HashSet<string> LaterWords = ["depois", "luego", "despues", "later", "afterwards", "then"];

    private static readonly HashSet<string> PurposeOpeners =
        ["quero", "queria", "preciso", "precisava", "vou", "pretendo", "quiero", "necesito", "necesitaba", "voy", "need", "needed"];

    /// <summary>", porque…", ", because…", ", ya que…", ", pra saber se…", ", to see if…": a reason given after the question, to its end.</summary>
    [GeneratedRegex(@",\s*(?:porque|pois|já\s+que|ja\s+que|ya\s+que|because|since|so\s+that|para\s+que|(?:pra|para)\s+(?:saber|ver|conferir|checar)\s+se|to\s+(?:see|know|check)\s+(?:if|whether)|para\s+(?:saber|ver|comprobar)\s+si)\b[^?]*\??\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReasonAfter();

    /// <summary>
    /// Where the reason, the purpose or the belief told at the end of the question starts, to set it aside; null when there
    /// is none or it names what to count.
    /// </summary>
    private static int? AsideAt(string sentence) =>
        ReasonAfter().Match(sentence) is { Success: true } reason && !AnalysisPlanParser.NamesSomething(reason.Value, reviewWords: false) ? reason.Index
        : PurposeAfter().Match(sentence) is { Success: true } purpose && !NamesCondition(purpose.Value) ? purpose.Index
        : LaterUse().Match(sentence) is { Success: true } later ? later.Index
        : BeliefClauseAt(sentence);

    /// <summary>
    /// "… la evolución mensual de la nota media desde el inicio de 2018; sospecho que abril fue el peor mes": a belief told in
    /// a clause after the ask is, like one told in a sentence after it, what the figure will check, not what to count.
    /// </summary>
    private static int? BeliefClauseAt(string sentence)
    {
        for (var at = sentence.IndexOfAny([';', ',']); at > 0; at = sentence.IndexOfAny([';', ','], at + 1))
        {
            if (IsBelief(sentence[(at + 1)..]) && AnalysisPlanParser.NamesSomething(sentence[..at])) return at;
        }
        return null;
    }

    /// <summary>
    /// ", so I can show the long-run picture", ", para eu poder mostrar…", ", para poder decir si…": what the asker will do
    /// with the figure, to its end. Its words may sound like a measure ("whether delight is growing", "in the report"), so
    /// only scores, a period or a quoted word keep it.
    /// </summary>
    [GeneratedRegex(@",\s*(?:so\s+(?:that\s+)?(?:i|we)\s+(?:can|could)|(?:pra|para)\s+(?:eu\s+|n[oó]s\s+|nosotros\s+)?poder(?:mos)?)\b[^?]*\??\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PurposeAfter();

    /// <summary>
    /// "… de 2017 para compararla luego con la del año siguiente", "… to compare it later with 2018", "pra depois comparar com
    /// o semestre seguinte": what the asker will do later with the figure, to its end. What it names is for later, not to count now.
    /// </summary>
    [GeneratedRegex(@"[\s,]+(?:para|pra|to)\s+(?:\w+\s+){0,3}?(?:luego|depois|despu[eé]s|later|mais\s+tarde|m[aá]s\s+tarde|em\s+seguida|afterwards)\b[^?]*\??\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LaterUse();

    /// <summary>"… 'prazo', 'atraso' etc.": a list that ends a sentence, not a statement told as context (other abbreviations do not end one: the parser's SentenceEnd).</summary>
    [GeneratedRegex(@"\betc\.$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EtcEnd();

    internal static bool IsQuoteMark(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '«' or '»';

    /// <summary><paramref name="question"/> with a word or period it points back to replaced by the context's.</summary>
    internal static string PointedBack(string question, string context)
    {
        var quotes = QuotedText.Pattern().Matches(context);
        if (quotes.Count > 0 && !QuotedText.Pattern().IsMatch(question) && TermPointer().Match(question) is { Success: true } term)
        {
            // The quoted words as the context joined them ("'sendo' e 'havia'"), else the first one.
            var joined = context[quotes[0].Index..(quotes[^1].Index + quotes[^1].Length)];
            var said = joined.Length <= 60 ? joined : quotes[0].Value;
            return question[..term.Index] + Preposition(term.Value) + said + question[(term.Index + term.Length)..];
        }
        if (quotes.Count > 0 && !QuotedText.Pattern().IsMatch(question) && ReviewsPointer().Match(question) is { Success: true } reviews)
        {
            // "Essas avaliações…", "those reviews", "esas reseñas": the reviews with the word the context quoted.
            var mentioning = reviews.Value[0] is 't' or 'T' ? " mentioning " : reviews.Value.Contains("ss", StringComparison.OrdinalIgnoreCase) ? " que citam " : " que mencionan ";
            var at = reviews.Index + reviews.Length;
            return question[..at] + mentioning + quotes[0].Value + question[at..];
        }
        if (CountedPeriodPointer().Match(question) is { Success: true } counted && CountedPeriodOf(context, counted) is { } stretch)
        {
            return question[..counted.Index] + Preposition(counted.Value) + stretch + question[(counted.Index + counted.Length)..];
        }
        if (PeriodPointer().Match(question) is { Success: true } period && PeriodOf(context, YearPointer().IsMatch(period.Value)) is { } named)
        {
            return question[..period.Index] + Preposition(period.Value) + named + question[(period.Index + period.Length)..];
        }
        return question;
    }

    /// <summary>"dessa palavra", "disso" → "de …"; "nesse ano", "nisso" → "em …": the preposition a Portuguese contraction carried.</summary>
    private static string Preposition(string pointer) =>
        Contraction().Match(pointer) is { Success: true } contraction ? (contraction.Value.ToLowerInvariant() == "d" ? "de " : "em ") : "";

    [GeneratedRegex(@"^[dn](?=ess|est|aquel|isso)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contraction();

    /// <summary>
    /// The one period the context names, in its own words ("março de 2018"), or only its year when the question points
    /// back to a year ("no começo de 2018 … nesse ano": 2018); null when it names none or several.
    /// </summary>
    private static string? PeriodOf(string context, bool yearOnly)
    {
        var words = new QuestionWords(context);
        if (PeriodReader.Read(words, []) is not [_]) return null;
        var used = Enumerable.Range(0, words.Words.Count).Where(words.IsUsed).Select(i => words.Words[i]).ToList();
        if (yearOnly) return used.FirstOrDefault(w => w.Length == 4 && w.All(char.IsAsciiDigit));
        return used.Count == 0 ? null : string.Join(" ", used);
    }

    [GeneratedRegex(@"\b(?:anos?|años?|year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearPointer();

    /// <summary>
    /// The stretch the context counted in the same number and unit as the pointer ("the past twelve months … those twelve
    /// months": "past twelve months"), with the word before it that says where it lies; null when the context counts none.
    /// </summary>
    private static string? CountedPeriodOf(string context, Match pointer)
    {
        var (count, unit) = (Regex.Escape(pointer.Groups["count"].Value), Regex.Escape(pointer.Groups["unit"].Value));
        var counted = Regex.Matches(context, $@"\b\w+\s+{count}\s+{unit}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return counted.Count == 1 ? counted[0].Value : null;
    }

    /// <summary>"those twelve months", "nesses três meses", "esos dos años": a counted stretch of time the context named.</summary>
    [GeneratedRegex(@"\b(?:[dn]?(?:ess|est|aquel)[ea]s|those|these|es[oa]s|est[oa]s)\s+(?<count>\w+)\s+(?<unit>months|meses|years|anos|años|weeks|semanas|days|dias|días|quarters|trimestres)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountedPeriodPointer();

    /// <summary>"esse termo", "dessas palavras", "that word", "esa palabra", "nisso": a word the context quoted.</summary>
    [GeneratedRegex(@"\b(?:(?:[dn]?(?:ess|est|aquel)[ea]s?|that|this|those|these|the\s+same|es[ea]s?|dich[oa]s?)\s+(?:\w+\s+)?(?:termos?|palavras?|express(?:ão|ões|ao|oes)|words?|terms?|phrases?|palabras?|t[ée]rminos?|expresi(?:ón|ones|on))|nisso|disso)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TermPointer();

    /// <summary>"essas avaliações", "those reviews", "esas reseñas": the reviews the context told of.</summary>
    [GeneratedRegex(@"\b(?:[dn]?ess[ea]s|those|these|es[ao]s)\s+(?:avalia\w+|comentários|comentarios|reseñas|resenas|reviews|opiniones|valoraciones)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReviewsPointer();

    /// <summary>"nesse ano", "desse período", "that month", "that newest month", "ese mes": a period the context named.</summary>
    [GeneratedRegex(@"\b(?:[dn]?(?:ess|aquel)[ea]s?|that|those|es[ea]s?)\s+(?:(?:newest|latest|last|same|mesmo|mismo|último|ultimo)\s+)?(?:anos?|años?|year|m[eê]s|month|mes|per[ií]odos?|period|semestre|trimestre|quarter)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPointer();
}
