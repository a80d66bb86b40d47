using System.Text.RegularExpressions;
using RagQa.Core.Answering;
using RagQa.Core.Text;
using V = RagQa.Core.Analytics.AnalysisVocabulary;

namespace RagQa.Core.Analytics;

/// <summary>
/// Reads an analytical question (Portuguese, English or Spanish, with or without accents, with typos) into an
/// <see cref="AnalysisPlan"/>: scores and periods first, then the measure and grouping cues, then the words the reviews
/// must mention; every other content word is reported as unused. Returns null for a question that asks for no figure
/// (it is answered from retrieval, or as a list of themes).
/// </summary>
public static partial class AnalysisPlanParser
{
    /// <param name="question">The question as asked.</param>
    /// <param name="readMeasure">
    /// The measure another reading of the question asks for (<see cref="SecondReader"/>), used only when no word of the
    /// question names one, and said as a doubt (<see cref="ReadMeasureDoubt"/>).
    /// </param>
    public static AnalysisPlan? Parse(string question, AnalysisMeasure? readMeasure = null)
    {
        var words = new QuestionWords(question);
        if (AsksForThemes(words)) return null;
        if (ContextFirst(question, words.Words.Count, readMeasure) is { } asked) return asked;
        var plan = ParseWhole(WithoutContext(question), readMeasure) ?? OneOfSeveralQuestions(question);
        // A reading with words unexplained gives way to the one question among the context that reads whole.
        if (plan is null || plan.UnusedWords.Count >= 2) plan = AskedAmongContext(question, readMeasure) ?? plan;
        return plan is null ? null : plan with { QuestionLength = words.Words.Count };
    }

    /// <summary>Whether the question asks for a list of themes (<see cref="AsksForThemes(QuestionWords)"/>), which no plan answers.</summary>
    public static bool AsksForThemes(string question) => AsksForThemes(new QuestionWords(question));

    /// <summary>"Quais problemas aparecem mais…?", "Del 2017, solo las negativas: ¿qué asuntos salen…?": a list of themes, not a figure.</summary>
    /// <remarks>The last clause is read on its own too: "Nas de 1 e 2 estrelas que usam 'não', sobre o que o pessoal reclama?"</remarks>
    private static bool AsksForThemes(QuestionWords words) =>
        (NamesThemes(words.Words) || AsksWhatIsSaidMost(words) || LastClause(words) is { Count: >= 3 } last && NamesThemes(last))
        && !words.Has(V.Count) && !words.Has(V.Share) && !words.Has(V.Average);

    private static bool NamesThemes(IReadOnlyList<string> w) => AsksWhichThemes(w) || AsksWhatCauses(w) || NamesThemeList(w);

    /// <summary>The words after the last clause mark inside the question (a comma, a colon…), or none.</summary>
    private static List<string> LastClause(QuestionWords words)
    {
        var end = Enumerable.Range(0, words.Words.Count - 1).LastOrDefault(words.EndsClause, -1);
        return end < 0 ? [] : words.Words.Skip(end + 1).ToList();
    }

    /// <summary>"em todo o histórico", "do início até hoje", "to date": every review, not a series.</summary>
    private static readonly string[][] AllTime =
    [
        // "from start to end", "do início ao fim", "del principio al final": every review, however the span is said (before the shorter phrases).
        ["from", "start", "to", "end"], ["from", "start", "to", "finish"], ["from", "beginning", "to", "end"], ["from", "the", "beginning", "to", "the", "end"],
        ["inicio", "ao", "fim"], ["comeco", "ao", "fim"], ["inicio", "al", "fin"], ["principio", "al", "fin"], ["principio", "al", "final"], ["inicio", "al", "final"],
        ["todo", "o", "historico"], ["todo", "el", "historico"], ["all", "time"], ["do", "inicio"], ["desde", "o", "inicio"], ["desde", "el", "inicio"],
        ["from", "the", "start"], ["since", "the", "start"], ["ate", "hoje"], ["hasta", "hoy"], ["to", "date"],
        ["desde", "el", "principio"], ["desde", "o", "comeco"], ["desde", "o", "principio"], ["from", "the", "beginning"], ["since", "the", "beginning"],
        ["desde", "el", "comienzo"],
    ];

    private static readonly HashSet<string> BetterOrWorse =
        ["melhor", "melhores", "pior", "piores", "better", "worse", "higher", "lower", "mejor", "mejores", "peor", "peores"];

    /// <summary>"mais baixa", "más alta", "less high": a comparative said in two words.</summary>
    private static readonly HashSet<string> HighOrLow = ["alta", "alto", "altas", "altos", "baixa", "baixo", "baixas", "baixos", "baja", "bajo", "high", "low"];

    /// <summary>
    /// "quem fala em 'x' dá nota melhor ou pior que quem fala em 'y'?", "a better rating than", "mejor nota que", "média de
    /// estrelas mais baixa do que", "¿puntúan peor que…?": scores compared between groups are their averages. Needs the
    /// "que"/"than" of a comparison (<paramref name="needsThan"/>), or else groups joined by "ou" to choose between ("¿qué
    /// tiene mejor nota: 'x' o 'y'?"): "a melhor nota" alone is the top score. Returns where the words start and how many.
    /// </summary>
    private static (int At, int Length) ScoresComparedAt(IReadOnlyList<string> w, bool needsThan = true)
    {
        // "têm melhor média do que as que referem 'x'": an average compared is the scores compared.
        bool IsScore(string word) => word is "rating" or "ratings" or "media" or "average" or "promedio" or "puntuan"
            || V.ScoreNouns.Any(p => QuestionWords.Matches(word, p));
        // The comparative's last word, at most four words after a score ("média de estrelas mais baixa"), else -1.
        int ComparativeAfter(int k)
        {
            for (var j = k + 1; j < Math.Min(k + 5, w.Count); j++)
            {
                if (BetterOrWorse.Contains(w[j]) || HighOrLow.Contains(w[j]) && w[j - 1] is "mais" or "menos" or "more" or "less" or "mas") return j;
            }
            return -1;
        }
        for (var i = 0; i + 1 < w.Count; i++)
        {
            // Not "5-star reviews higher in 2017": a score named by its number is a group of reviews, not their average.
            var numbered = i > 0 && NumberWords.Of(w[i - 1]) is >= 1 and <= 5;
            var (start, end) = BetterOrWorse.Contains(w[i]) && IsScore(w[i + 1]) ? (i, i + 1)
                : IsScore(w[i]) && !numbered && ComparativeAfter(i) is >= 0 and var c ? (i, c) : (-1, -1);
            if (start >= 0 && (!needsThan || w.Skip(end + 1).Take(6).Any(x => x is "que" or "than" or "do"))) return (start, end - start + 1);
        }
        return (-1, 0);
    }

    /// <summary>"se escribió en", "was written in", "corresponde a", "foram feitas em": said right before the period, the period is what a share measures.</summary>
    private static readonly string[][] WrittenIn =
    [
        ["se", "escribio", "en"], ["se", "escribieron", "en"], ["fue", "escrita", "en"], ["fueron", "escritas", "en"], ["was", "written", "in"], ["were", "written", "in"],
        ["was", "posted", "in"], ["were", "posted", "in"], ["came", "in"], ["foi", "escrita", "em"], ["foram", "escritas", "em"], ["foi", "feita", "em"],
        ["foram", "feitas", "em"], ["corresponde", "a"], ["corresponden", "a"], ["correspondem", "a"], ["corresponds", "to"], ["correspond", "to"],
        ["pertence", "a"], ["pertencem", "a"], ["pertenece", "a"], ["pertenecen", "a"], ["belongs", "to"], ["belong", "to"], ["is", "from"], ["are", "from"],
    ];

    /// <param name="periodWords">The words the periods were read from.</param>
    private static bool TakePeriodMeasured(QuestionWords words, HashSet<int> periodWords)
    {
        for (var i = 0; i < words.Words.Count; i++)
        {
            if (words.IsUsed(i) || WrittenIn.FirstOrDefault(p => words.MatchesAt(i, p)) is not { } phrase) continue;
            var next = i + phrase.Length;
            if (next < words.Words.Count && words.Words[next] is "o" or "a" or "el" or "la" or "the" && !words.IsUsed(next)) next++;
            if (next >= words.Words.Count || !periodWords.Contains(next)) continue;
            words.Use(i, next - i);
            return true;
        }
        return false;
    }

    /// <summary>Where "mais satisfeito(s)", "more satisfied", "happier" is said before a "than" (and no dissatisfied group is named), else -1.</summary>
    private static (int At, int Length) SatisfactionComparedAt(IReadOnlyList<string> w)
    {
        if (w.Any(x => V.Dissatisfied.Any(p => QuestionWords.Matches(x, p)))) return (-1, 0);
        for (var i = 0; i < w.Count; i++)
        {
            var length = w[i] is "happier" or "unhappier" ? 1
                : i + 1 < w.Count && w[i] is "mais" or "menos" or "more" or "less" or "mas" && V.Satisfied.Any(p => QuestionWords.Matches(w[i + 1], p)) ? 2
                : 0;
            if (length > 0 && w.Skip(i + length).Take(6).Any(x => x is "que" or "than")) return (i, length);
        }
        return (-1, 0);
    }

    /// <summary>
    /// "'x' ou 'y' do que 'z' ou 'w'", "'x' or 'y' versus 'z' or 'w'": four quoted words joined two by two by "or" on either
    /// side of a comparison are two groups, either word of each counting; else null.
    /// </summary>
    private static List<ComparedGroup>? OrGroupsCompared(QuestionWords words, IReadOnlyList<string> terms, IReadOnlyList<string> written)
    {
        var w = words.Words;
        var quoted = Enumerable.Range(0, w.Count).Where(words.IsQuoted).ToList();
        if (terms.Count != 4 || written.Count != 4 || quoted.Count != 4) return null;
        bool Joined(int a, int b) => b - a == 2 && w[a + 1] is "ou" or "or" or "o" or "u";
        var between = w.Skip(quoted[1] + 1).Take(quoted[2] - quoted[1] - 1);
        // "compare a média de quem escreveu 'x' ou 'y' com a de quem escreveu 'z' ou 'w'": with a verb of comparing, "com",
        // "with", "and" set the groups apart too.
        var setApart = between.Any(x => GroupsSetApart.Contains(x)) || words.Has(V.Compare) && between.Any(x => x is "com" or "with" or "con" or "and" or "e" or "y");
        if (!Joined(quoted[0], quoted[1]) || !Joined(quoted[2], quoted[3]) || !setApart) return null;
        return
        [
            new ComparedGroup($"{written[0]}/{written[1]}", new ReviewCondition(TermStems: [terms[0], terms[1]], AllTerms: false)),
            new ComparedGroup($"{written[2]}/{written[3]}", new ReviewCondition(TermStems: [terms[2], terms[3]], AllTerms: false)),
        ];
    }

    private static readonly HashSet<string> GroupsSetApart =
        ["than", "que", "vs", "versus", "x", "contra", "against", "frente", "compared", "comparado", "comparados", "comparadas"];

    private static readonly string[][] WhichScore =
    [
        ["que", "nota"], ["qual", "nota"], ["what", "score"], ["what", "rating"], ["what", "scores"], ["what", "ratings"], ["what", "grade"],
        ["que", "puntaje"], ["que", "puntuacion"], ["que", "calificacion"],
    ];

    /// <summary>"the typical score", "a nota típica": the average.</summary>
    private static readonly string[][] TypicalScore =
    [
        ["typical", "score"], ["typical", "rating"], ["typical", "star", "rating"], ["nota", "tipica"], ["nota", "habitual"], ["puntaje", "tipico"],
        ["puntuacion", "tipica"], ["calificacion", "tipica"],
        // "como foi o semestre em termos de nota?", "how did 2018 do in terms of rating?": the period judged by its scores.
        ["em", "termos", "de", "nota"], ["em", "termos", "de", "notas"], ["em", "termos", "de", "avaliacao"], ["in", "terms", "of", "rating"],
        ["in", "terms", "of", "ratings"], ["in", "terms", "of", "score"], ["in", "terms", "of", "scores"], ["en", "terminos", "de", "nota"],
        ["en", "terminos", "de", "puntuacion"], ["en", "terminos", "de", "calificacion"],
    ];

    private static readonly string[] Habitual =
        ["costuma*", "geralmente", "normalmente", "usually", "typically", "tend", "tends", "suele*", "tipicamente", "habitualmente", "generalmente"];

    /// <summary>"quem fala em 'acordo' costuma dar que nota?", "what score do they usually give?": the typical score, the average.</summary>
    private static bool TakeTypicalScore(QuestionWords words)
    {
        if (words.Take(TypicalScore)) return true;
        if (!words.Has(Habitual) || !WhichScore.Any(phrase => words.Find(phrase) >= 0)) return false;
        words.Take(WhichScore);
        words.TakeEvery(Habitual);
        return true;
    }

    /// <summary>
    /// "Quem escreve 'x' costuma dar nota baixa?", "do they usually give high ratings?": the score a group habitually gives
    /// is its average, not the reviews with low scores. Read before the scores.
    /// </summary>
    private static bool TakeHabitualScore(QuestionWords words)
    {
        var w = words.Words;
        if (!words.Has(Habitual)) return false;
        for (var i = 1; i + 1 < w.Count; i++)
        {
            if (!HabitualGive.Contains(w[i - 1]) || HabitualScorePhrases.FirstOrDefault(p => words.MatchesAt(i, p)) is not { } phrase) continue;
            words.Use(i - 1, 1 + phrase.Length);
            words.TakeEvery(Habitual);
            return true;
        }
        return false;
    }

    private static readonly HashSet<string> HabitualGive = ["dar", "dao", "da", "give", "gives", "dan", "poner", "ponen"];

    private static readonly string[][] HabitualScorePhrases =
    [
        ["nota", "baixa"], ["notas", "baixas"], ["nota", "alta"], ["notas", "altas"], ["nota", "boa"], ["notas", "boas"], ["nota", "ruim"],
        ["notas", "ruins"], ["low", "scores"], ["low", "ratings"], ["high", "scores"], ["high", "ratings"], ["good", "ratings"], ["bad", "ratings"],
        ["nota", "baja"], ["notas", "bajas"], ["nota", "buena"], ["notas", "buenas"], ["nota", "mala"], ["notas", "malas"],
    ];

    /// <summary>"o que deixa o pessoal contente?", "what makes customers angry?", "¿qué hace que…?": the reasons, a list of themes.</summary>
    private static bool AsksWhatCauses(IReadOnlyList<string> w)
    {
        for (var i = 0; i + 1 < w.Count; i++)
        {
            if (w[i] is "que" or "what" && CausativeVerbs.Contains(w[i + 1]) && (w[i] == "what" || i > 0 && w[i - 1] is "o" or "lo")) return true;
        }
        return false;
    }

    /// <summary>
    /// "o que o pessoal mais destaca de positivo?", "sobre o que mais se fala?", "¿de qué más se quejan?", "what do buyers
    /// praise most?": what is said most, a list of themes. Not with a quoted word, which asks about that word.
    /// </summary>
    private static bool AsksWhatIsSaidMost(QuestionWords words)
    {
        var w = words.Words;
        if (Enumerable.Range(0, w.Count).Any(words.IsQuoted)) return false;
        for (var i = 0; i < w.Count; i++)
        {
            // "2018: do que mais reclamam?": "do que" opens the question after a period or a score said first.
            var what = w[i] == "what" || w[i] == "que" && (i == 0 || w[i - 1] is "o" or "lo" or "do" or "de" || i == 1 && w[0] is "sobre");
            if (!what) continue;
            // "what do people keep praising?", "o que vivem elogiando?": said again and again is said most.
            var most = Enumerable.Range(i + 1, Math.Min(5, w.Count - i - 1))
                .FirstOrDefault(k => w[k] is "mais" or "most" or "mas" or "keep" or "keeps" or "always" or "sempre" or "siempre" or "vivem" or "viven", -1);
            if (most < 0) continue;
            var near = Enumerable.Range(Math.Max(i + 1, most - 2), Math.Min(w.Count, most + 3) - Math.Max(i + 1, most - 2));
            if (near.Any(k => SayingVerbs.Any(p => QuestionWords.Matches(w[k], p)))) return true;
        }
        return false;
    }

    private static readonly string[] Recurring = ["recurring", "recorrente*", "recurrente*", "frequent", "frecuentes", "frequentes"];

    private static readonly string[] Main = ["principais", "principal", "principales", "main", "top", "maiores", "mayores", "biggest"];

    private static readonly string[] ListNouns =
    [
        "elogio*", "reclamac*", "queixa*", "problema*", "tema*", "assunto*", "critica*", "complaint*", "praise*", "issue*", "theme*",
        "topic*", "queja*", "reclamo*", "asunto*",
    ];

    private static readonly string[] JudgingVerbs =
    [
        "reclamam", "reclamaram", "queixam", "queixaram", "elogiam", "elogiaram", "criticam", "destacam", "reclaman", "quejan", "elogian",
        "critican", "destacan", "valoran", "rescatan", "complain", "praise", "criticize", "highlight", "compliment", "compliments",
        "complimented", "grumble", "grumbled", "grumbling",
    ];

    /// <summary>
    /// "do que reclama quem usa 'x'?", "¿de qué se queja quien…?": a verb of judging in the singular, a list of themes only after
    /// "do que"/"de qué" ("Que cliente elogiou…?" asks for one review).
    /// </summary>
    private static readonly string[] JudgingVerbsSingular = ["reclama", "reclamou", "queixa", "elogia", "elogiou", "critica", "destaca", "queja"];

    /// <summary>
    /// "principais elogios nas avaliações que mencionam 'sempre'", "temas principais das positivas", "do que reclamam as
    /// avaliações com 'x'?", "¿qué destacan los clientes en…?": a list of themes, even where a mention restricts it.
    /// </summary>
    private static bool NamesThemeList(IReadOnlyList<string> w)
    {
        bool Is(int k, string[] patterns) => k >= 0 && k < w.Count && patterns.Any(p => QuestionWords.Matches(w[k], p));
        // "Sobre o que falam as avaliações que citam 'x'?", "¿Acerca de qué hablan…?": what is talked about.
        var afterOpener = QuestionIntentClassifier.AfterAskingWhatOpener(w);
        if (afterOpener > 0 && Enumerable.Range(afterOpener, Math.Min(3, w.Count - afterOpener)).Any(k => Is(k, SayingVerbs))) return true;
        for (var i = 0; i < w.Count; i++)
        {
            if (Is(i, Main) && (Is(i + 1, ListNouns) || Is(i + 1, ThemeNouns) || Is(i - 1, ListNouns))) return true;
            // "recurring issues?", "problemas recorrentes", "quejas recurrentes": the themes that come back, a list.
            if (Is(i, ThemeNouns) && (Is(i + 1, Recurring) || Is(i - 1, Recurring))) return true;
            // "pontos positivos mais citados", "puntos débiles", "weak points": the good or bad points, a list.
            if (Is(i, ThemeNouns) && w[i].EndsWith('s') && (Is(i + 1, PointQualities) || Is(i - 1, PointQualities))) return true;
            // "do que reclamam…", "¿de qué se quejan…?", "¿qué destacan…?", "what do they complain about": an opening "what" and a verb of judging.
            var opens = i <= 1 && w[i] is "que" or "what" && (i == 0 || w[0] is "do" or "de" or "o" or "lo");
            if (opens && Enumerable.Range(i + 1, Math.Min(4, w.Count - i - 1)).Any(k => Is(k, JudgingVerbs) || i == 1 && w[0] is "do" or "de" && Is(k, JudgingVerbsSingular))) return true;
            // "O que os clientes que escrevem 'maravilha' costumam elogiar?": the verb of judging ends the question.
            if (opens && Is(w.Count - 1, JudgingInfinitives)) return true;
            // "¿qué críticas se repiten más?", "which complaints come up most?": which of the complaints or praise, most often.
            if (w[i] is "que" or "quais" or "cuales" or "which" or "what" && Is(i + 1, ListNouns)
                && Enumerable.Range(i + 2, Math.Max(0, Math.Min(4, w.Count - i - 2))).Any(k => w[k] is "mais" or "mas" or "most" or "more")) return true;
        }
        // "jan 2018 negativas falam do q", "they complain about what?": the "what" said last, after the verb.
        var n = w.Count;
        if (n >= 3 && w[n - 1] is "que" or "what" && w[n - 2] is "do" or "de" or "sobre" or "about" or "of"
            && Enumerable.Range(Math.Max(0, n - 5), n - 2 - Math.Max(0, n - 5)).Any(k => Is(k, SayingVerbs) || Is(k, JudgingVerbs)))
        {
            return true;
        }
        return false;
    }

    /// <summary>Where a verb of coming from ("vino de", "came from") follows a quoted word, else -1.</summary>
    private static int ComeFromAt(QuestionWords words)
    {
        var w = words.Words;
        for (var i = 1; i + 1 < w.Count; i++)
        {
            if (ComeFrom.Contains(w[i]) && w[i + 1] is "de" or "from" or "do" or "da" or "dos" or "das" or "del" && Enumerable.Range(0, i).Any(words.IsQuoted)) return i;
        }
        return -1;
    }

    private static readonly HashSet<string> ComeFrom = ["vino", "vinieron", "viene", "vienen", "veio", "vieram", "vem", "came", "come", "comes", "provino", "proviene", "provem"];

    private static readonly string[][] WithTheOneBefore =
    [
        ["with", "the", "one", "before"], ["with", "the", "previous", "one"], ["to", "the", "one", "before"], ["against", "the", "one", "before"],
        ["com", "o", "anterior"], ["com", "a", "anterior"], ["con", "el", "anterior"], ["con", "la", "anterior"], ["frente", "al", "anterior"],
    ];

    private static readonly string[][] Separately =
        [["separately"], ["separadamente"], ["separado"], ["separados"], ["separadas"], ["individually"], ["individualmente"], ["por", "separado"]];

    private static readonly HashSet<string> PoolingVerbs = ["junto", "juntando", "juntar", "somando", "sumando", "combinando", "combining", "pooling"];

    /// <summary>A verb of pooling right before the reviews it pools ("junto las reseñas…", not "'x' junto com 'y'", which is both words), else -1.</summary>
    private static int PoolsGroups(QuestionWords words)
    {
        var w = words.Words;
        for (var k = 0; k + 2 < w.Count; k++)
        {
            if (PoolingVerbs.Contains(w[k]) && w[k + 1] is "as" or "os" or "las" or "los" or "the" && V.Population.Any(p => QuestionWords.Matches(w[k + 2], p))) return k;
        }
        return -1;
    }

    private static readonly string[] JudgingInfinitives =
        ["elogiar", "reclamar", "criticar", "destacar", "valorizar", "queixar", "quejarse", "quejar", "valorar", "praise", "complain", "criticize", "highlight"];

    private static readonly string[] PointQualities =
        ["positivos", "negativos", "fortes", "fracos", "positive", "negative", "strong", "weak", "pain", "positivas", "negativas", "fuertes", "debiles",
         "praise", "complaint", "elogio", "queixa", "reclamacao", "queja"];

    /// <summary>What customers do with words: verbs, not nouns ("o que mais gera reclamações" is read by the theme words).</summary>
    private static readonly string[] SayingVerbs =
    [
        "destaca", "destacam", "elogia", "elogiam", "fala", "falam", "comenta", "comentam", "reclama", "reclamam", "queixa", "queixam", "critica", "criticam",
        "menciona", "mencionam", "cita", "citam", "valoriza", "valorizam", "aponta", "apontam", "incomoda", "agrada", "gostam", "dizem",
        "praise", "mention", "talk", "complain", "like", "love", "highlight", "say", "value", "appreciate", "criticize", "criticise", "discuss",
        "compliment", "complimented", "grumble", "grumbled",
        "praising", "complaining", "mentioning", "talking", "elogiando", "reclamando", "falando", "comentando", "criticando", "hablando", "mencionando",
        "destacan", "elogian", "habla", "hablan", "comentan", "quejan", "critican", "mencionan", "valoran", "rescatan", "dicen", "gusta",
        // "¿de qué suelen hablar?", "sobre o que costumam falar?"
        "hablar", "falar", "comentar", "mencionar", "decir", "dizer",
    ];

    private static readonly HashSet<string> CausativeVerbs =
        ["deixa", "deixam", "deixou", "deixaram", "faz", "fazem", "fez", "leva", "levam", "makes", "make", "made", "hace", "hacen", "hizo", "deja", "dejan", "dejo"];

    /// <summary>
    /// Context told first and the question last (<see cref="ContextFirstQuestion"/>): the question read on its own, when
    /// it reads with at most <see cref="MaxUnusedAfterContext"/> words unexplained; else the whole message is read.
    /// </summary>
    private static AnalysisPlan? ContextFirst(string message, int messageLength, AnalysisMeasure? readMeasure)
    {
        if (ContextFirstQuestion.QuestionOf(message) is not { } question || ParseWhole(question, readMeasure) is not { } plan || plan.UnusedWords.Count > MaxUnusedAfterContext)
        {
            return null;
        }
        // What followed the question changed nothing ("¿Cuál es la nota media? Quiero ver si cuadra."): the whole message's reading,
        // returned as Parse would give it, so it is not read twice.
        if (message.StartsWith(question.TrimEnd('?'), StringComparison.Ordinal) && ParseWhole(WithoutContext(message), readMeasure) is { } whole
            && whole.UnusedWords.Count == plan.UnusedWords.Count && whole.Measure == plan.Measure && TermsOf(whole) == TermsOf(plan))
        {
            return whole with { QuestionLength = messageLength };
        }
        return plan with { QuestionLength = new QuestionWords(question).Words.Count, Doubts = [.. plan.Doubts, ContextSetAsideDoubt] };
    }

    /// <summary>How many words a plan looks for: what followed the question must not add any ("quero comparar com o turno").</summary>
    private static int TermsOf(AnalysisPlan plan) => plan.Population.Terms.Count + plan.Subject.Terms.Count;

    /// <summary>The question read apart from the context told before it (<see cref="ContextFirstQuestion"/>).</summary>
    public const string ContextSetAsideDoubt = "context_set_aside";

    private const int MaxUnusedAfterContext = 2;

    /// <summary>The sentences of a message, and its clauses before a colon or a dash (<see cref="SentenceEnd"/>), trimmed, without empty ones.</summary>
    internal static List<string> SentencesOf(string message) =>
        SegmentsOf(message).Select(s => message[s.Start..s.End].Trim()).Where(s => s.Length > 0).ToList();

    /// <summary>"As avaliações estão melhorando?", "are reviews improving?": the reviews getting better, their scores' average.</summary>
    private static readonly string[] ImprovingVerbs =
    [
        "melhorando", "piorando", "melhorou", "piorou", "melhoraram", "pioraram", "mejorando", "empeorando", "mejoro", "empeoro", "mejoraron",
        "empeoraron", "improving", "worsening", "improved", "worsened",
    ];

    /// <summary>One period said twice ("ou seja", "meaning"), read as the dated one of the two.</summary>
    public const string RestatedPeriodDoubt = "restated_period";

    private static bool ContainsPhrase(IReadOnlyList<string> w, string[] phrase) => Enumerable.Range(0, w.Count).Any(i => PhraseAt(w, i, phrase));

    /// <summary>Whether the words from <paramref name="i"/> on are the phrase, whether read already or not.</summary>
    private static bool PhraseAt(IReadOnlyList<string> w, int i, string[] phrase) =>
        i + phrase.Length <= w.Count && w.Skip(i).Take(phrase.Length).SequenceEqual(phrase);

    /// <summary>A plan read from one question of several, when the whole message reads as none: said, and the confidence drops.</summary>
    public const string OneOfSeveralDoubt = "one_of_several_questions";

    /// <summary>
    /// "Atraso é queixa frequente por aqui? Tem muita gente citando 'atraso'?": a question asked twice in different words
    /// reads as the last of its questions that asks for a figure. Only messages made of questions alone: a story told
    /// before a question describes one review.
    /// </summary>
    private static AnalysisPlan? OneOfSeveralQuestions(string question)
    {
        var sentences = SentencesOf(question);
        if (sentences.Count < 2 || !sentences.All(s => s.EndsWith('?'))) return null;
        for (var i = sentences.Count - 1; i >= 0; i--)
        {
            if (ParseWhole(sentences[i]) is { } plan) return plan with { Doubts = [.. plan.Doubts, OneOfSeveralDoubt] };
        }
        return null;
    }

    /// <summary>
    /// "Estoy cerrando el resumen de 2017 para la junta. ¿Qué nota media tuvieron las reseñas de diciembre de 2017? Fue el
    /// mes con más volumen…": a message the other readings leave with two or more words unexplained, or do not read, with
    /// one question among sentences of context before and after it. The question is read on its own when it reads whole — at most one word unexplained — and the context names no
    /// scores, period or quoted word it lacks (<see cref="ContextFirstQuestion.KeepsConditions"/>); what it points back to
    /// ("en ese periodo") is filled in from the context before it.
    /// </summary>
    private static AnalysisPlan? AskedAmongContext(string message, AnalysisMeasure? readMeasure)
    {
        var sentences = WholeSentencesOf(message);
        // A quotation split across sentences ("'… adiantado. Dou dez.' Onde está?") is one customer's text, not context.
        if (sentences.Count < 2 || sentences.Count(s => s.EndsWith('?')) != 1 || sentences.Any(s => s.Count(ContextFirstQuestion.IsQuoteMark) % 2 == 1)) return null;
        var asked = sentences.FindIndex(s => s.EndsWith('?'));
        // The question alone, else with the sentence before it when that one names what to count ("…las reseñas de una o dos
        // estrellas en el último trimestre. ¿Cuántas hubo cada mes?").
        for (var from = asked; from >= Math.Max(0, asked - 1); from--)
        {
            var context = string.Join(" ", sentences.Where((_, i) => i < from || i > asked));
            var question = ContextFirstQuestion.PointedBack(string.Join(" ", sentences[from..(asked + 1)]), string.Join(" ", sentences[..from]));
            if (!ContextFirstQuestion.KeepsConditions(context, question) && ParseWhole(question, readMeasure) is { UnusedWords.Count: <= 1 } plan
                && !plan.Doubts.Contains(ImpliedTermsDoubt))
            {
                return plan with { Doubts = [.. plan.Doubts, ContextSetAsideDoubt] };
            }
        }
        return null;
    }

    /// <summary>The sentences of a message, as written; a clause before a colon or a dash is kept with the sentence it opens.</summary>
    private static List<string> WholeSentencesOf(string message)
    {
        var whole = new List<string>();
        int? start = null;
        foreach (var (from, to) in SegmentsOf(message))
        {
            start ??= from;
            var sentence = message[start.Value..to].Trim();
            if (sentence.Length == 0 || sentence[^1] is not ('.' or '!' or '?')) continue;
            whole.Add(sentence);
            start = null;
        }
        return start is { } open && message[open..].Trim() is { Length: > 0 } last ? [.. whole, last] : whole;
    }

    private static AnalysisPlan? ParseWhole(string question, AnalysisMeasure? readMeasure = null)
    {
        var words = new QuestionWords(question);
        var doubts = words.Corrections.Select(c => "corrected:" + c).ToList();
        while (words.Take(V.Greetings))
        {
            // "Oi, bom dia!": every greeting, not only the first.
        }
        while (words.Take(V.Asides))
        {
            // "o sea el cambio de año": every aside.
        }
        // "sem contar as de 5 estrelas", "excluding 2016": read first, so what is set aside is not read as what is asked about.
        var excluded = ExclusionReader.Read(words);
        var percent = words.Take(V.PercentPhrases);
        var yesNoAsked = words.Take(V.YesNoPhrases);
        var eachScore = TakeEachScore(words);
        var eachPeriod = TakeEachPeriod(words);
        var becoming = V.BecomingBetterOrWorse.Any(phrase => words.Find(phrase) >= 0);
        // "van a mejor": the verb of going is read with it (the comparative stays for the change); "getting happier" is read whole.
        foreach (var going in V.BecomingBetterOrWorse.Where(p => p[0] is "van" or "va" or "fue").Select(p => words.Find(p)).Where(at => at >= 0)) words.Use(going);
        foreach (var happier in V.BecomingBetterOrWorse.Where(p => p[^1] is "happier" or "unhappier" or "satisfied" or "satisfeitos" or "satisfechos"))
        {
            if (words.Find(happier) is >= 0 and var at) words.Use(at, happier.Length);
        }
        // Unused words only: "o sea el cambio de año" was read as an aside.
        var changeVerb = words.HasUnused(V.Change) || words.HasUnused(V.ChangeWords) || words.HasUnused(V.BetterOrWorseChange)
            || V.ChangePhrases.Any(phrase => words.Find(phrase) >= 0) || becoming;
        // A share or a count named: what changes is that figure, not the average.
        var figureNamed = percent || words.Has(V.Share) || words.Has(V.Count) || question.Contains('%');
        // "A satisfação dos clientes vem subindo?": satisfaction that changes is the average score over time, not the
        // satisfied customers ("taxa de satisfação" stays a share) — taken before the scores are read.
        var satisfactionChanges = changeVerb && !figureNamed && words.TakeEvery(V.SatisfactionNouns);
        // "'aos' x 'final': qual dos dois dá notas mais altas?": between two quoted words, higher scores are a higher average,
        // not the top scores — taken before the scores are read.
        var (higherAt, higherLength) = ScoresComparedAt(words.Words, needsThan: false);
        if (higherAt >= 0 && Enumerable.Range(0, words.Words.Count).Count(words.IsQuoted) >= 2) words.Use(higherAt, higherLength);
        var habitualScore = TakeHabitualScore(words);
        var scores = ScoreReader.Read(words, out var satisfaction).ToList();
        if (scores.Count == 1 && AlternativeScore(words) is { } alternative) scores.Add(alternative);
        if (scores.Count == 0 && ScoreReader.ReadBareBound(words) is { } bounded) scores.Add(bounded);
        // "As notas vêm melhorando com o tempo?", "are ratings going down?": scores that change, with no score named, are their
        // average (the reading of every such dev question of rounds 1–36), unless a count, share or split is asked, or a row per score.
        // "Is it getting better year over year?": with nothing named, what gets better is the scores.
        var scoresChange = (changeVerb || words.Has(V.Improvement)) && scores.Count == 0 && !figureNamed && !words.Has(V.Distribution)
            && (words.Has(V.ScoreNouns) || becoming || words.Has(ImprovingVerbs) && words.Has(V.Population) && !words.Has(V.Complaints));
        // "quantas com 1 estrela, quantas com 2, e assim por diante": the scores listed start a table of all of them.
        if (scores.Count > 0 && scores.All(s => s.Range.Min == s.Range.Max) && words.Take(V.AndSoOn))
        {
            scores.Clear();
            eachScore = true;
        }
        var usedBeforePeriods = Enumerable.Range(0, words.Words.Count).Where(words.IsUsed).ToHashSet();
        var periods = PeriodReader.Read(words, doubts, yearsApart: changeVerb || words.Has(V.Compare) || AsksWhichOfThem(words));
        var periodMeasured = periods.Count == 1 && TakePeriodMeasured(words, Enumerable.Range(0, words.Words.Count).Where(i => words.IsUsed(i) && !usedBeforePeriods.Contains(i)).ToHashSet());
        // "no último semestre, ou seja, de março a agosto de 2018": one period said twice; the dated saying is the exact one
        // ("dezembro de 2017 e janeiro de 2018, o sea el cambio de año" restates two dated months together).
        if (periods.Count == 2 && periods.Count(p => p.Period.From is not null || p.Period.To is not null) == 1
            && V.Restatements.Any(phrase => ContainsPhrase(words.Words, phrase)))
        {
            periods = [periods.First(p => p.Period.From is not null || p.Period.To is not null)];
            words.Take(V.Restatements);
            doubts.Add(RestatedPeriodDoubt);
        }
        // "nota média este ano?": the reviews end before the present, so the figure covers every period and says it guessed.
        if (periods.Count == 0 && words.Take(PresentPeriod)) doubts.Add(PresentPeriodDoubt);
        // "the mean score across 2017 and 2018": one span, unless something changed across them.
        // "Só contando 2017 e 2018, …", "considering only 2017 and 2018": the reviews are restricted to them, as one span, unless
        // they are also set against each other.
        // ("no total de 2017 ou no de 2018" weighs each year's own total: an "or" keeps them apart).
        if (PeriodReader.Joined(periods) is { } joined && (!words.HasUnused(["ou", "or"]) && words.Take(V.Combined) || !changeVerb && words.Take([["across"]])
                || !changeVerb && !words.Has(V.Compare) && !AsksWhichOfThem(words) && !EachSpan.Any(p => words.Find(p) >= 0)
                   && !V.ComparePhrases.Any(p => words.Find(p) >= 0) && words.Take(OnlyCounting)))
        {
            periods = [joined];
        }
        // "pôr lado a lado", "side by side": compared, and not a grouping "por lado" — so read before the grouping.
        var sideBySide = words.Take(V.ComparePhrases);
        words.Take(V.ReportCadence);
        var monthByMonth = V.MonthByMonth.Any(phrase => words.Find(phrase) >= 0);
        var (grouping, groupingKey) = ReadGrouping(words);
        // "mês a mês entre setembro de 2017 e fevereiro de 2018": the step said is the month's.
        if (monthByMonth && grouping == AnalysisGrouping.None) grouping = AnalysisGrouping.Month;
        // "comparing each year with the one before": a series per year or month, step by step.
        if (grouping is AnalysisGrouping.Year or AnalysisGrouping.Month || eachPeriod is not null) words.Take(WithTheOneBefore);
        var whichPeriod = ReadWhichPeriod(words);
        if (whichPeriod is { } asked && grouping == AnalysisGrouping.None) grouping = asked;
        if (eachScore && grouping == AnalysisGrouping.None) grouping = AnalysisGrouping.Score;
        if (eachPeriod is { } each && grouping == AnalysisGrouping.None) grouping = each;
        // "Entre julio y diciembre de 2017, ¿la nota de cada mes…?": two months that bound a series per month are its span.
        if (grouping == AnalysisGrouping.Month && words.Words.Any(x => x is "entre" or "between") && PeriodReader.Joined(periods) is { } monthsSpan) periods = [monthsSpan];
        // "Entre marzo y abril de 2018, ¿en qué mes…?": two months side by side, asked which, are two to choose between.
        if (whichPeriod is not null && periods is [{ Period: { From: { Day: 1 } firstOfTwo, To: { } lastOfTwo } }]
            && lastOfTwo.Day == DateTime.DaysInMonth(lastOfTwo.Year, lastOfTwo.Month) && ReviewPeriod.MonthsApart(firstOfTwo, lastOfTwo) == 1)
        {
            periods = [.. new[] { firstOfTwo, lastOfTwo }.Select(m => (ReviewPeriod.Month(m.Year, m.Month), ReviewPeriod.MonthLabel(m.Year, m.Month)))];
            grouping = AnalysisGrouping.None;
        }
        // "June, July and August 2018 separately": the months of one range, one row each.
        if (grouping == AnalysisGrouping.None && periods is [{ Period: { From: { } first, To: { } last } }] && ReviewPeriod.MonthsApart(first, last) > 0
            && words.Take(Separately))
        {
            grouping = ReviewPeriod.MonthsApart(first, last) < 12 ? AnalysisGrouping.Month : AnalysisGrouping.Year;
        }
        // "1★ = __, 2★ = __, …, 5★ = __", "notas 1, 2, 3, 4 e 5": every score one by one is a table of all of them.
        if (scores.Count == 5 && scores.All(s => s.Range.Min == s.Range.Max) && scores.Select(s => s.Range.Min).Distinct().Count() == 5)
        {
            scores.Clear();
            if (grouping == AnalysisGrouping.None) grouping = AnalysisGrouping.Score;
        }
        if (scores is [{ Range: { Min: 1, Max: 5 } }])
        {
            // "as notas de 1 a 5": every score, one row each ("em cada degrau de 1 a 5 estrelas": the steps are the scores).
            scores.Clear();
            if (grouping is AnalysisGrouping.None or AnalysisGrouping.Metadata) (grouping, groupingKey) = (AnalysisGrouping.Score, null);
        }

        // "Qual a nota mais comum?": the score distribution, whose answer names its largest row.
        var commonScore = words.Has(V.ScoreNouns) && words.Take(V.MostCommon);
        // "um panorama de maio/2018", "panorama das notas": how the reviews were scored, unless themes are asked for.
        var overview = !words.Has(V.YesNoVerbs) && !words.Has(V.Ranking) && !words.Has(V.Complaints) && words.Take(V.Overview);
        // "dá nota melhor ou pior que…", or between two named things: "¿qué tiene mejor nota: 'x' o 'y'?" — their averages.
        var (scoresComparedAt, scoresComparedLength) = ScoresComparedAt(words.Words);
        if (scoresComparedAt < 0 && (periods.Count == 2 || Enumerable.Range(0, words.Words.Count).Count(words.IsQuoted) >= 2))
        {
            (scoresComparedAt, scoresComparedLength) = ScoresComparedAt(words.Words, needsThan: false);
        }
        // "quem cita 'x' está mais satisfeito do que quem cita 'y'?": between two named groups, the more satisfied score higher.
        if (scoresComparedAt < 0 && Enumerable.Range(0, words.Words.Count).Count(words.IsQuoted) >= 2)
        {
            (scoresComparedAt, scoresComparedLength) = SatisfactionComparedAt(words.Words);
        }
        if (scoresComparedAt >= 0) words.Use(scoresComparedAt, scoresComparedLength);
        var compareCue = words.TakeEvery(V.Compare) | sideBySide | scoresComparedAt >= 0 || ((periods.Count == 2 || scores.Count == 2) && words.TakeEvery(["x"]));
        var comparative = words.TakeEvery(V.Comparative) | words.TakeEvery(V.Change) | words.Take(V.ChangePhrases);
        var eachGroup = words.Take(V.EachGroup);
        var improvement = words.TakeEvery(V.Improvement);
        // "em todo o histórico", "all-time": every review, not a series.
        foreach (var allTime in AllTime) words.Take([allTime]);
        var trend = words.TakeEvery(V.Trend) | words.Take(V.TrendPhrases) | whichPeriod is not null | eachPeriod is not null;
        // "Ano a ano, entre 2017 e 2018, a proporção de neutras subiu?": a change asked year by year, not compared, is the
        // yearly series over the years named.
        if (changeVerb && !compareCue && grouping == AnalysisGrouping.Year && periods.Count == 2 && PeriodReader.Joined(periods) is { } years
            && periods.All(p => p.Period is { From: { Month: 1, Day: 1 } from, To: { Month: 12, Day: 31 } to } && from.Year == to.Year))
        {
            periods = [years];
            trend = true;
        }
        // "how the stars are split for the reviews that say 'fácil'": how they were scored, whatever else the question says.
        var howScored = AsksHowScored(words.Words) && (words.Has(V.SplitWords) || words.Has(V.Distribution));
        var distribution = words.TakeEvery(V.Distribution) | words.Take(V.DistributionPhrases) | commonScore | overview | howScored;
        // "…how many, the seller I mean": a clarification, not the mean.
        for (var at = 0; at + 1 < words.Words.Count; at++)
        {
            if (words.Words[at] == "i" && words.Words[at + 1] == "mean") words.Use(at, 2);
        }
        var average = words.TakeEvery(V.Average) | scoresComparedAt >= 0 | TakeTypicalScore(words) | habitualScore;
        // "quanto as notas 3 representaram do total?": how much something represents, however far apart the words.
        var represents = words.Words.Any(x => x is "quanto" or "cuanto") && words.TakeEvery(["representa*"]);
        var share = percent | represents | words.TakeEvery(V.Share) | question.Contains('%');
        var averageNamed = average;
        average |= satisfactionChanges | scoresChange && grouping is not (AnalysisGrouping.Score or AnalysisGrouping.Metadata);
        var yesNoVerb = words.Has(V.YesNoVerbs) && !words.Has(V.Ranking);
        var opener = AfterConditionClause(question, words);
        if (opener > 0) words.Use(0);
        var asks = AsksSomething(question, words);
        // "Del total, ¿qué parte son de 5 estrellas y además citan 'x'?", "¿qué parte es negativa y además menciona 'x'?": a
        // score and "and also" a word, both what is counted.
        var scoreAndAlsoWord = share && TakeAlsoAfterScore(words);
        var termsArePopulation = satisfaction || NamesPopulationByTerms(words);
        if (termsArePopulation && words.Words is ["quando" or "when" or "cuando", ..]) words.Use(0);
        if (termsArePopulation && ComeFromAt(words) is >= 0 and var cameFrom) words.Use(cameFrom);
        // A plan selects reviews that mention words, never those that do not: said, and the confidence drops with it.
        if (V.NegatedCues.Any(cue => words.Find(cue) >= 0)) doubts.Add(NegatedTermsDoubt);
        // "mencionam entrega e prazo ao mesmo tempo": both words, which "e" already says.
        words.Take([["ao", "mesmo", "tempo"], ["at", "the", "same", "time"], ["al", "mismo", "tiempo"], ["a", "la", "vez"]]);
        // "negative, meaning one or two stars", "reembolso o estorno, ie refund": a restatement says nothing new, nor names a word to look for.
        while (words.Take(V.Restatements))
        {
        }
        var (readTerms, allTerms, termWords) = TermReader.Read(words, spanish: LanguageDetector.Detect(question) == AnswerLanguage.Spanish);
        var terms = readTerms.ToList();
        // "do customers talk about an estorno, meaning the charge being reversed on their card?": a gloss after a word looked
        // for explains it; it names nothing else to count.
        for (var k = 1; k < words.Words.Count; k++)
        {
            if (!words.EndsClause(k - 1) || !terms.Contains(TermGlossary.StemOf(words.Words[k - 1]))
                || V.Restatements.FirstOrDefault(phrase => PhraseAt(words.Words, k, phrase)) is not { } said) continue;
            // To the end of the gloss's clause ("ou seja, dinheiro devolvido no cartão, em 2018": a comma may follow the phrase).
            var end = Math.Min(k + said.Length, words.Words.Count - 1);
            while (end + 1 < words.Words.Count && !words.EndsClause(end)) end++;
            words.Use(k, end - k + 1);
        }
        var crossed = words.TakeEvery(["x"]);
        if (terms.Count == 0 && (compareCue || crossed) && periods.Count < 2 && scores.Count < 2 && ImpliedTermsAt(words) is { Count: 2 } two)
        {
            // "comparativo: troca x devolução": the two words compared are what the reviews mention.
            words.Use(two[0]);
            words.Use(two[1]);
            terms = two.Select(i => TermGlossary.StemOf(words.Words[i])).ToList();
            termWords = two.Select(i => words.Written[i]).ToList();
            doubts.Add(ImpliedTermsDoubt);
        }
        // "atraso vs defeito", "troca x devolução, quantas de cada?": two words the reviews mention, side by side.
        // A share per word needs a word that says so ("a proporção de negativas de cada grupo").
        // "quantas citam 'x' e quantas 'y'?", "how many … and how many …": a count asked twice, once per word.
        // "No total, quantas mencionam 'x' ou 'y'?": the words counted together, not a second count.
        if (terms.Count == 2) words.Take(V.Combined);
        // "quantas citam 'x' ou 'y'? preciso só do total": one total is the two counted together, not a second count.
        var countedTwice = Enumerable.Range(0, words.Words.Count).Count(i => !words.IsUsed(i) && V.Count.Contains(words.Words[i]) && words.Words[i] != "total") >= 2;
        // "Si junto las reseñas que dicen 'x' con las que dicen 'y'": the two groups pooled, reviews that mention either word.
        if (allTerms && terms.Count == 2 && PoolsGroups(words) is >= 0 and var pooledAt)
        {
            words.Use(pooledAt);
            allTerms = false;
        }
        // "Compare the share of negatives among those mentioning 'x' and those mentioning 'y'": a share of one score group per word.
        // "¿quién gana en proporción de 5 estrellas, 'x' o 'y'?": which of the two words has the larger share of a score.
        // "quem cita 'x' ou 'y' dá nota maior que quem cita 'z' ou 'w'?": two groups of words, either of each counting, compared.
        var termGroups = OrGroupsCompared(words, terms, termWords)
            ?? terms.Zip(termWords, (stem, word) => new ComparedGroup(word, new ReviewCondition(TermStems: [stem]))).ToList();
        var whichShareIsLarger = comparative && !allTerms && scores.Count == 1 && words.Words.Any(x => x is "quem" or "quien" or "who" or "qual" or "cual" or "which");
        var termsCompared = termGroups.Count == 2 && periods.Count < 2 && scores.Count < 2 && (!share || eachGroup || compareCue && scores.Count == 1 || whichShareIsLarger)
            && (compareCue || crossed || comparative && (!allTerms || ThanBetweenQuoted(words)) || eachGroup || countedTwice);
        // "Which is mentioned more, 'x' or 'y'?": the verb of mentioning says what is compared, wherever it stands.
        if (termsCompared)
        {
            for (var i = 0; i < words.Words.Count; i++)
            {
                if (!words.IsUsed(i) && !words.IsQuoted(i) && IsMentionCue(words.Words[i])) words.Use(i);
            }
        }
        // "how much reviews…", as people who learnt English later write it: a count when reviews follow.
        var howMuch = words.Find("how", "much");
        var countSaid = howMuch >= 0 && howMuch + 2 < words.Words.Count && V.Population.Any(p => QuestionWords.Matches(words.Words[howMuch + 2], p));
        if (countSaid) words.Use(howMuch, 2);
        // "qual o tamanho do grupo de quem…", "how big is the pile of reviews…": the size of a group of reviews is its count.
        var sizeSaid = words.Take(V.SizePhrases);
        // "Preencha: no último trimestre, __ avaliações citaram 'x'": the blank to fill is a number (a percentage before "%").
        var count = words.TakeEvery(V.Count) | countSaid | sizeSaid | Blank().IsMatch(question) && !share;
        // "reclamações no último trimestre", and "quanta gente saiu reclamando" with nothing named to complain about.
        var complaints = words.Has(V.Complaints) || words.Has(V.ComplaintWords);
        words.TakeEvery(V.Population);
        var scoreNoun = words.TakeEvery(V.ScoreNouns);
        words.TakeEvery(V.Framing);
        // "at each star level, one through five": the whole scale restated.
        words.Take(WholeScale);
        if (share && scores.Count == 0 && BareScore(words) is { } bare) scores.Add(bare);

        // Two periods side by side are compared unless a table is asked for; two score groups need a word that compares,
        // or a count asked once per group ("¿cuántas negativas y cuántas positivas…?").
        var grouped = grouping != AnalysisGrouping.None;
        // "Which month had more…, June or July?": two periods named to choose between.
        var compare = periods.Count == 2 && (compareCue || comparative || improvement || changeVerb || whichPeriod is not null || !grouped && !trend && !distribution)
            || scores.Count == 2 && (compareCue || comparative || countedTwice && !share) || termsCompared;
        // "¿mejoró la satisfacción de 2017 a 2018?": read as the two periods' averages, which the sets' authors meant twice;
        // three times they meant the shares of positive reviews (dev), so the reading is a doubt.
        if (compare && satisfactionChanges && !averageNamed && !share) doubts.Add(SatisfactionComparedDoubt);
        // "2018 foi pior que 2017 em avaliações ruins?": two periods judged better or worse by one score group, with no
        // average named, compare how large that group is, not the average within it.
        if (compare && periods.Count == 2 && scores.Count == 1 && !share && !count && words.Words.Any(JudgesQuality)
            && !words.Words.Any(x => V.Average.Any(p => QuestionWords.Matches(x, p))))
        {
            (average, share) = (false, true);
        }
        // A table by month, year or score is named by its figure ("nota média por ano" is an average), unless the
        // question says trend or distribution; a plain count per score is the score distribution.
        // "distribuição mensal das negativas": a distribution over months is a trend, not a distribution of scores.
        // "a nota média está caindo?", "as reclamações aumentaram em 2018?": a change within one period or none is a series.
        // "de um ano pro seguinte, melhorou ou piorou?": a change asked per month or year is the series too.
        var changeOverTime = changeVerb && !compare && (!grouped || grouping is AnalysisGrouping.Month or AnalysisGrouping.Year) && periods.Count < 2;
        var measure = compare ? AnalysisMeasure.Comparison
            : trend || changeOverTime || distribution && grouping is AnalysisGrouping.Month or AnalysisGrouping.Year ? AnalysisMeasure.Trend
            : distribution ? AnalysisMeasure.ScoreDistribution
            // "costuma dar que nota? quero a contagem de cada estrela": an average per score is the score itself.
            : average && grouping != AnalysisGrouping.Score ? AnalysisMeasure.AverageScore
            // A yes/no has no rows: "year over year, how often do reviews mention 'x'?" asks for a share per year.
            : (yesNoAsked || AsksYesNoFirst(question)) && terms.Count > 0 && !grouped ? AnalysisMeasure.YesNo
            : share ? AnalysisMeasure.Share
            : grouping == AnalysisGrouping.Score ? AnalysisMeasure.ScoreDistribution
            : count && (grouped || words.Has(V.Population) || scores.Count > 0 || periods.Count > 0 || terms.Count > 0 && yesNoVerb) ? AnalysisMeasure.Count
            : grouping is AnalysisGrouping.Month or AnalysisGrouping.Year ? AnalysisMeasure.Count
            // "os clientes satisfeitos chegam a usar 'pude'?", "did any happy customer write 'amo'?": what the satisfied wrote.
            : satisfaction && terms.Count > 0 && asks && !AsksWhat(words, question) && QualifiesPeople(words.Words) ? AnalysisMeasure.YesNo
            : satisfaction && !AsksWhat(words, question) ? AnalysisMeasure.Share
            : terms.Count > 0 && (yesNoVerb && OpensAsYesNo(words, opener) || AsksAboutQuotedWord(words, opener)) && asks ? AnalysisMeasure.YesNo
            : (AnalysisMeasure?)null;
        // "A nota média das que citam 'gosto' fica acima da média de todas?", "is the share of negatives higher in 'x' than
        // overall?", "December 2017 against 2017 as a whole": one part set against the whole, the two side by side.
        var part = terms.Count > 0 && !termsCompared && periods.Count < 2
            ? new ComparedGroup(string.Join(' ', termWords), new ReviewCondition(TermStems: terms, AllTerms: allTerms))
            : terms.Count == 0 && periods.Count == 1 ? new ComparedGroup(periods[0].Label, new ReviewCondition(Period: periods[0].Period)) : null;
        var againstWhole = part is not null && measure is AnalysisMeasure.AverageScore or AnalysisMeasure.Share
            && (comparative || Enumerable.Range(0, words.Words.Count).Any(i => V.AboveOrBelow.Any(p => QuestionWords.Matches(words.Words[i], p)) && !BoundsScore(words.Words, i)))
            && WholeAt(words.Words) >= 0;
        if (againstWhole)
        {
            words.Take(V.Whole);
            words.TakeEvery(V.AboveOrBelow);
            words.TakeEvery(["alta", "alto", "baja", "bajo"]);
            measure = AnalysisMeasure.Comparison;
        }
        if (measure is null && terms.Count > 0 && yesNoVerb && !asks)
        {
            measure = AnalysisMeasure.Count;
            doubts.Add(ImpliedMeasureDoubt);
        }
        if (measure is null && AsksHowScored(words.Words))
        {
            measure = AnalysisMeasure.ScoreDistribution;
            doubts.Add(ImpliedMeasureDoubt);
        }
        if (measure is null && scores.Count == 0 && AsksHowTheScoreIs(words.Words))
        {
            measure = AnalysisMeasure.AverageScore;
            doubts.Add(ImpliedMeasureDoubt);
        }
        if (measure is null && ImpliedMeasure(words, scores.Count, periods.Count, terms.Count, scoreNoun) is { } implied)
        {
            measure = implied;
            doubts.Add(ImpliedMeasureDoubt);
        }
        // A comparison needs two groups, a yes/no a word to look for: a reading the words cannot fill is not taken.
        if (measure is null && readMeasure is not null
            && (readMeasure != AnalysisMeasure.Comparison || periods.Count == 2 || scores.Count == 2)
            && (readMeasure != AnalysisMeasure.YesNo || terms.Count > 0))
        {
            measure = readMeasure;
            doubts.Add(ReadMeasureDoubt);
        }
        if (measure is null) return null;

        if (complaints && scores.Count == 0 && terms.Count > 0 && ComplaintsAsPlace(words.Words) is >= 0 and var placeAt)
        {
            // "Nas reclamações de 2018 aparece 'protocolo'?", "among the complaints, …": the complaints are where the words are
            // looked for, the negative reviews.
            words.Use(placeAt);
            scores.Add((new ScoreRange(1, 2), "1-2"));
            doubts.Add("complaints_as_negative");
        }
        if (complaints && scores.Count == 0 && terms.Count > 0 && termsArePopulation && measure == AnalysisMeasure.Share)
        {
            // "Qual a taxa de reclamação entre as avaliações com 'chegar'?": the reviews that mention are the population, and
            // the complaints among them the negative reviews.
            scores.Add((new ScoreRange(1, 2), "1-2"));
            words.TakeEvery(V.ComplaintWords);
            doubts.Add("complaints_as_negative");
        }
        if (complaints && scores.Count == 0 && terms.Count == 0)
        {
            // "Reclamações no último trimestre": complaints with nothing named to complain about are the negative reviews.
            scores.Add((new ScoreRange(1, 2), "1-2"));
            words.TakeEvery(V.ComplaintWords);
            doubts.Add("complaints_as_negative");
        }
        if (terms.Count == 0 && scores.Count == 0 && periods.Count == 0 && measure is AnalysisMeasure.Count or AnalysisMeasure.Share)
        {
            // "proporção de entregas atrasadas": words left over in a count or share with no other condition are what is
            // counted, read as mentions, and said so (a doubt, not an unused word). Next to a score or a period they more
            // likely ask for something the collection does not record ("clientes de Curitiba"): unused. Many of them
            // describe one review ("a luminária que chegou sem a parte que a prende"), not a figure.
            var impliedAt = ImpliedTermsAt(words);
            if (impliedAt.Count > MaxImpliedTerms) return null;
            foreach (var i in impliedAt) words.Use(i);
            terms = impliedAt.Select(i => TermGlossary.StemOf(words.Words[i])).Distinct().ToList();
            if (terms.Count > 0) doubts.Add(ImpliedTermsDoubt);
        }
        // "what is 15% of 340?": a share of nothing named is not a question about the reviews.
        if (measure == AnalysisMeasure.Share && terms.Count == 0 && scores.Count == 0 && periods.Count == 0 && grouping == AnalysisGrouping.None) return null;
        if (termsCompared && scores.Count == 0 && !average && !share && comparative
            && Enumerable.Range(1, Math.Max(0, words.Words.Count - 1)).FirstOrDefault(i => !words.IsQuoted(i) && IsWhoComplains(words.Words, i), -1) is >= 0 and var complaintAt)
        {
            words.Use(complaintAt);
            // "Quem reclama mais: quem cita 'empresa' ou quem cita 'fornecedor'?": which group's reviews are more often negative
            // ("complaints about 'atraso' vs 'defeito'" counts the mentions instead).
            scores.Add((new ScoreRange(1, 2), "1-2"));
            share = true;
            doubts.Add("complaints_as_negative");
        }
        var scoreCondition = scores.Count == 1 ? scores[0].Range : null;
        var period = periods.Count == 1 ? periods[0].Period : measure == AnalysisMeasure.Comparison ? null : OnePeriodOf(periods);
        var termCondition = terms.Count > 0 ? new ReviewCondition(TermStems: terms, AllTerms: allTerms) : null;
        var plan = measure switch
        {
            AnalysisMeasure.Comparison when againstWhole =>
                CompareTerms([part!, new ComparedGroup(WholeLabel, ReviewCondition.All)], scoreCondition, terms.Count > 0 ? period : null, average, share),
            AnalysisMeasure.Comparison when termsCompared =>
                CompareTerms(termGroups, scoreCondition, period, average, share),
            AnalysisMeasure.Comparison => Compare(periods, scores, scoreCondition, period, termCondition, average || improvement && !share && !count, share),
            _ => Single(measure.Value, scoreCondition, period, termCondition, average, share, termsArePopulation, scoreAndAlsoWord, periodMeasured),
        };
        if (measure == AnalysisMeasure.Trend && grouping is not (AnalysisGrouping.Month or AnalysisGrouping.Year))
        {
            grouping = AnalysisGrouping.Month;
            doubts.Add(MonthlyByDefaultDoubt);
        }
        if (measure == AnalysisMeasure.ScoreDistribution) grouping = AnalysisGrouping.Score;
        if (scores.Count > 1 && measure != AnalysisMeasure.Comparison) doubts.Add("several_scores");
        if (periods.Count > 1 && measure != AnalysisMeasure.Comparison) doubts.Add("several_periods");
        // "tirando dezembro" with no year named: every December.
        if (excluded?.Period?.MonthOfYear is not null && periods.Count == 0) doubts.Add("month_without_year");

        // "frete or correios in 2018, shipping stuff basically", "reembolso o estorno, ie refund": a word translating one already
        // looked for says it again.
        foreach (var i in Enumerable.Range(0, words.Words.Count).Where(i => !words.IsUsed(i) && TermGlossary.Portuguese(words.Words[i]) is { } stem && terms.Contains(stem)).ToList())
        {
            words.Use(i);
        }
        var unusedAt = Enumerable.Range(0, words.Words.Count).Where(i => !words.IsUsed(i) && words.Words[i].Length > 1 && !words.Words[i].All(char.IsDigit)).ToList();
        // Two quoted words compared are words to look up, whatever else the message says around them; so is a quoted word
        // asked about and nothing else ("Is 'luva' something any customer actually wrote about?"): a story of one review is
        // told, not quoted; typed without a question mark, it asks when it opens as a yes/no ("anyone say 'x', prob not, just
        // curious"). Not when a figure or the themes are asked as well ("o que mais se repete nas que citam 'x'?"), nor
        // in a message that asks nothing ("Traduza 'bom dia' para japonês", markup with quoted attributes); several questions
        // are read one by one (OneOfSeveralQuestions).
        var quoted = Enumerable.Range(0, words.Words.Count).Count(words.IsQuoted);
        var quotedAsked = measure == AnalysisMeasure.YesNo && quoted == terms.Count && quoted is 1 or 2 && !share && !count
            && (question.Count(c => c == '?') == 1 || yesNoAsked || !question.Contains('?') && yesNoVerb && OpensAsYesNo(words, opener))
            && !QuestionIntentClassifier.Classify(question).IsThemeList;
        var quotedCompared = termsCompared && quoted >= 2 || quotedAsked;
        if (!quotedCompared && DescribesOneReview(measure.Value, termsCompared, terms.Count, unusedAt.Count + (grouping == AnalysisGrouping.Metadata ? 1 : 0))) return null;
        // "Em que ano foi proclamada a República?": a figure of nothing the reviews record (no review, score, word or period
        // named) about words left unexplained is not a question about the reviews.
        var namesNothing = !words.Has(V.Population) && !scoreNoun && scores.Count == 0 && terms.Count == 0 && periods.Count == 0;
        if (namesNothing && unusedAt.Count > 0 || unusedAt.Count > MaxUnusedWords) return null;
        return plan with
        {
            Population = plan.Population with { Except = excluded },
            Grouping = measure is AnalysisMeasure.Comparison or AnalysisMeasure.YesNo ? AnalysisGrouping.None : grouping,
            GroupingKey = grouping == AnalysisGrouping.Metadata ? groupingKey : null,
            Language = LanguageDetector.Detect(question),
            UnusedWords = unusedAt.Select(i => words.Words[i]).ToList(),
            UnusedNames = unusedAt.Where(words.IsName).Select(i => words.Words[i]).ToList(),
            Doubts = doubts,
        };
    }

    /// <summary>
    /// Several periods where one figure is asked (noted as a doubt): the dated ones when they adjoin ("em 2017 e 2018" is one
    /// span), the one dated period beside relative ones ("August 2018 … that newest month"), else none.
    /// </summary>
    private static ReviewPeriod? OnePeriodOf(IReadOnlyList<(ReviewPeriod Period, string Label)> periods)
    {
        var dated = periods.Select(p => p.Period).Where(p => p is { From: not null, To: not null }).OrderBy(p => p.From).ToList();
        if (dated.Count == 0) return null;
        var to = dated[0].To!.Value;
        foreach (var next in dated.Skip(1))
        {
            if (next.From!.Value > to.AddDays(1)) return null;
            if (next.To!.Value > to) to = next.To.Value;
        }
        return new ReviewPeriod(dated[0].From, to);
    }

    /// <summary>Where the question names the whole ("no total", "overall"), not a period's total ("do total de 2018"); -1 if nowhere.</summary>
    private static int WholeAt(IReadOnlyList<string> w) =>
        Enumerable.Range(0, w.Count).FirstOrDefault(i => V.Whole.Any(phrase => PhraseAt(w, i, phrase)
            && !(i + phrase.Length + 1 < w.Count && w[i + phrase.Length] is "de" or "of" or "del" && (w[i + phrase.Length + 1].All(char.IsDigit) || PeriodReader.MonthOf(w[i + phrase.Length + 1]) is not null))), -1);

    /// <summary>"acima de 3": a bound on the score, not a part above a whole.</summary>
    private static bool BoundsScore(IReadOnlyList<string> w, int i) =>
        Enumerable.Range(i + 1, Math.Max(0, Math.Min(2, w.Count - i - 1))).Any(k => w[k] is "1" or "2" or "3" or "4" or "5");

    /// <summary>Takes "y además", "and also"… after a score word ("negativa y además", "5 estrellas y además"); whether there was one.</summary>
    private static bool TakeAlsoAfterScore(QuestionWords words)
    {
        var w = words.Words;
        bool IsScoreWord(int k) => ScoreReader.IsQuality(w[k]) || V.ScoreNouns.Any(p => QuestionWords.Matches(w[k], p));
        for (var i = 1; i < w.Count; i++)
        {
            // "nota 1 e também…": the score's number after its noun.
            var scoreBefore = IsScoreWord(i - 1) || i >= 2 && w[i - 1] is "1" or "2" or "3" or "4" or "5" && IsScoreWord(i - 2);
            if (!scoreBefore || AlsoPhrases.FirstOrDefault(p => words.MatchesAt(i, p)) is not { } also) continue;
            words.Use(i, also.Length);
            return true;
        }
        return false;
    }

    private static readonly string[][] WholeScale =
        [["one", "through", "five"], ["1", "through", "5"], ["one", "to", "five"], ["de", "uma", "a", "cinco"], ["de", "una", "a", "cinco"]];

    private static readonly string[][] AlsoPhrases =
        [["y", "ademas"], ["y", "tambien"], ["e", "tambem"], ["e", "ainda"], ["e", "alem", "disso"], ["and", "also"], ["and", "additionally"], ["and", "too"]];

    /// <summary>The label of every review, a part is set against ("all").</summary>
    public const string WholeLabel = "all";

    public const string ImpliedMeasureDoubt = "implied_measure";

    /// <summary>"só contando", "considering only": what follows restricts the reviews counted.</summary>
    private static readonly string[][] OnlyCounting =
    [
        ["so", "contando"], ["apenas", "contando"], ["contando", "so"], ["contando", "apenas"], ["considerando", "so"], ["considerando", "apenas"],
        ["solo", "contando"], ["contando", "solo"], ["considerando", "solo"], ["only", "counting"], ["counting", "only"], ["considering", "only"],
    ];

    /// <summary>A change over time asked with no step named ("a nota média vem subindo?"): read month by month.</summary>
    public const string MonthlyByDefaultDoubt = "monthly_by_default";

    /// <summary>Satisfaction compared between two periods, read as their average scores (or their shares of positives).</summary>
    public const string SatisfactionComparedDoubt = "satisfaction_compared";

    /// <summary>No word named the measure; the second reader's reading of the whole question chose it.</summary>
    public const string ReadMeasureDoubt = "read_measure";

    /// <summary>Words left over read as what the reviews mention: a guess that does not by itself put a question in scope.</summary>
    public const string ImpliedTermsDoubt = "implied_terms";

    public const string NegatedTermsDoubt = "negated_terms";

    /// <summary>A month named from the present ("este mês", "this month") that the reviews' dates cannot place; the figure covers every period.</summary>
    public const string PresentPeriodDoubt = "present_period";

    private static readonly string[][] PresentPeriod =
    [
        ["este", "mes"], ["neste", "mes"], ["this", "month"], ["mes", "atual"], ["current", "month"], ["mes", "actual"],
    ];

    /// <summary>Longer than this, a text without a measure is a sentence about something else, not keywords.</summary>
    private const int MaxKeywords = 6;

    /// <summary>More words left unexplained than this tell a story ("o cliente cuja caixa de som…"), not what to count.</summary>
    private const int MaxUnusedWords = 5;

    /// <summary>
    /// "Prezados, bom dia. Solicito o número… Atenciosamente, Ana", "Estamos revisando as metas com a diretoria e surgiu a
    /// dúvida: compara a média…", "Quick sanity check — is the word…": the sentences (or clauses before a colon or a dash)
    /// before the first and after the last one that names a score, period, quoted word, figure, review, mention or review
    /// word ("Entrega: 2017 vs 2018" keeps its subject) are greetings and context, not part of what is asked: their
    /// words are neither terms nor unexplained.
    /// </summary>
    public static string WithoutContext(string question)
    {
        var segments = SegmentsOf(question);
        // One sentence is kept whole whatever it names: nothing to read twice.
        if (segments.Count == 1) return question;
        var naming = segments.Where(segment => NamesSomething(question[segment.Start..segment.End])).ToList();
        if (naming.Count == 0) return question;
        var kept = question[naming[0].Start..naming[^1].End];
        return new QuestionWords(kept).Words.Count >= 2 ? kept : question;
    }

    /// <summary>The sentences, and clauses before a colon or a dash, of a message (see <see cref="SentenceEnd"/>).</summary>
    private static List<(int Start, int End)> SegmentsOf(string question)
    {
        var segments = new List<(int Start, int End)>();
        var from = 0;
        foreach (Match separator in SentenceEnd().Matches(question))
        {
            segments.Add((from, separator.Index));
            from = separator.Index + separator.Length;
        }
        segments.Add((from, question.Length));
        return segments;
    }

    private static readonly string[][] FigureWords =
        [V.Count, V.Share, V.Average, V.Distribution, V.Compare, V.Comparative, V.Trend, V.Population, V.Complaints, V.ScoreNouns];

    private static readonly string[] TimeSpans = ["ano", "anos", "year", "years", "mes", "meses", "month", "months", "trimestre*", "quarter*", "semestre*"];

    /// <summary>
    /// Whether a text names what to count or how: a quoted word, a figure, a span of time, scores or a period — or, unless
    /// <paramref name="reviewWords"/> is false, the reviews or what they say.
    /// </summary>
    internal static bool NamesSomething(string text, bool reviewWords = true)
    {
        var words = new QuestionWords(text);
        if (words.Words.Count == 0) return false;
        var figureWords = reviewWords ? FigureWords : FigureWords.Where(list => list != V.Population && list != V.Complaints).ToArray();
        // "Sei que parece básico, mas…": "mas" after a comma is "but", not the comparative "más".
        bool NamesFigure(int i) => !words.IsQuoted(i) && !(words.Words[i] == "mas" && (i == 0 || words.EndsClause(i - 1)))
            && figureWords.Any(list => list.Any(p => QuestionWords.Matches(words.Words[i], p)));
        // "…por nota?? no, por año": a span of time named is a grouping or a period, never context.
        return QuotedText.Without(text) != text || reviewWords && ScopeClassifier.HasReviewWords(text) || Enumerable.Range(0, words.Words.Count).Any(NamesFigure)
            || words.Has(TimeSpans)
            || words.Words.Any(IsMentionCue) || V.DistributionPhrases.Any(phrase => words.Find(phrase) >= 0)
            || ScoreReader.Read(words).Count > 0 || PeriodReader.Read(words, []).Count > 0;
    }

    /// <summary>A blank to fill in: two or more underscores.</summary>
    [GeneratedRegex("_{2,}")]
    private static partial Regex Blank();

    /// <summary>
    /// Where a sentence or a clause of context ends: a colon or a sentence mark before a space, a dash between words, a line
    /// break — not the point of an abbreviation ("neutral, i.e. exactly 3 stars", "'cartão' vs. 'boleto'", "no. of reviews"),
    /// nor the colon of a BI tool's grouping ("pivot: ano x…", "group: mes").
    /// </summary>
    [GeneratedRegex(@"(?<=[:.!?])(?<!\b(?:i\.e|e\.g|p\.ex|vs|ex|aprox|approx|obs|cf|sr|sra|dr|dra)\.)(?<!\b(?:pivot|group|grupo|dimension|dimensão|dimensión):)(?!(?<=\bno\.)\s+(?:of|de|da|das|dos|del)\b)\s+|\s+[—–-]\s+|\s*\n\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    /// <summary>More implied words than this describe one review rather than what to count.</summary>
    private const int MaxImpliedTerms = 3;

    /// <summary>
    /// Keywords without a question ("negativas 2017", "avaliações sobre entrega", "notas recentes"): a short text that
    /// states what to count and not how is read as a count — or, when it names only scores, their distribution — and
    /// said so. A question opened as one about a review ("quem…?", "como chegou…?") is not, unless it names nothing but
    /// the score ("qual a nota?": the average) or a period ("como foi 2018?": its scores).
    /// </summary>
    private static AnalysisMeasure? ImpliedMeasure(QuestionWords words, int scores, int periods, int terms, bool scoreNoun)
    {
        if (words.Words.Count > MaxKeywords || words.Has(V.Ranking)) return null;
        var nothingElse = terms == 0 && scores == 0 && Enumerable.Range(0, words.Words.Count).All(words.IsUsed);
        // "Qual a nota?": the score of the reviews, i.e. their average. "Como foi 2018?": how that period was scored.
        if (nothingElse && words.Words[0] is "qual" or "what" or "cual" or "which" && scoreNoun && periods <= 1) return AnalysisMeasure.AverageScore;
        if (nothingElse && words.Words[0] is "como" or "how" && periods == 1) return AnalysisMeasure.ScoreDistribution;
        if (!OpensAsYesNo(words)) return null;
        if (scores + periods > 0) return scoreNoun && scores == 0 ? AnalysisMeasure.ScoreDistribution : AnalysisMeasure.Count;
        return terms > 0 && words.Has(V.Population) ? AnalysisMeasure.Count : null;
    }

    /// <summary>
    /// "¿Se quejan de la 'validade'? Dime cuántas y qué porcentaje.", "a galera usou 'horrível' em 2017? Quantas?": a
    /// yes/no question first, then the count or share its answer gives anyway.
    /// </summary>
    private static bool AsksYesNoFirst(string question)
    {
        var mark = question.IndexOf('?', StringComparison.Ordinal);
        if (mark < 0 || mark == question.TrimEnd().Length - 1) return false;
        var first = new QuestionWords(question[..mark]);
        return (first.Has(V.YesNoVerbs) || first.Has(["used", "uso"])) && !first.Has(V.Count) && !first.Has(V.Share)
            && !first.Has(V.Average) && !first.Has(V.Distribution) && !first.Has(V.Trend) && !first.Has(V.Compare);
    }

    private static readonly HashSet<string> ScoresPlural =
        ["notas", "estrelas", "estrellas", "ratings", "scores", "stars", "calificaciones", "puntuaciones", "pontuacoes"];

    private static readonly HashSet<string> ScoreSingular = ["nota", "rating", "score", "calificacion", "puntuacion", "pontuacao", "classificacao"];

    /// <summary>
    /// "como tá a nota da gente no último ano?", "¿qué tal nos fue de calificación?", "how is our rating doing?": how the
    /// score is, in the singular and with no score named after it ("nota 5") nor an invoice ("nota fiscal"), is its average.
    /// </summary>
    private static bool AsksHowTheScoreIs(IReadOnlyList<string> w) =>
        Enumerable.Range(0, w.Count).Any(i => (w[i] is "como" or "how" || w[i] == "tal" && i > 0 && w[i - 1] == "que")
            && Enumerable.Range(i + 1, Math.Min(5, w.Count - i - 1)).Any(k => ScoreSingular.Contains(w[k]) && (k + 1 == w.Count || !char.IsAsciiDigit(w[k + 1][0]) && w[k + 1] is not ("fiscal" or "fiscais"))));

    /// <summary>
    /// "¿cómo quedan las estrellas sumando 2017 y 2018?", "como ficaram as notas em 2017?", "how are the ratings in 2018?":
    /// how the reviews were scored, that is the score distribution (when nothing else is asked).
    /// </summary>
    /// <remarks>
    /// The scores may also follow the verb of splitting instead: "how do the 2017 reviews split across the stars?", "cómo
    /// se reparten las reseñas de 2018 entre las estrellas".
    /// </remarks>
    private static bool AsksHowScored(IReadOnlyList<string> w)
    {
        bool ScoresWithin(int after, int count) => w.Skip(after + 1).Take(count).Any(ScoresPlural.Contains);
        return Enumerable.Range(0, w.Count).Any(i => w[i] is "como" or "how" && (ScoresWithin(i, 4)
            || Enumerable.Range(i + 1, w.Count - i - 1).Any(j => V.SplitWords.Any(p => QuestionWords.Matches(w[j], p)) && ScoresWithin(j, 5))));
    }

    /// <summary>"qual a porcentagem de 5?", "que taxa ficou no 3?": a lone score number after "de"/"of"/"no" in a share question.</summary>
    private static (ScoreRange, string)? BareScore(QuestionWords words)
    {
        var w = words.Words;
        for (var i = 1; i < w.Count; i++)
        {
            if (words.IsUsed(i) || w[i].Length != 1 || w[i][0] is < '1' or > '5' || w[i - 1] is not ("de" or "of" or "del" or "com" or "with" or "no" or "em" or "en" or "at")) continue;
            words.Use(i);
            var score = w[i][0] - '0';
            return (new ScoreRange(score, score), w[i]);
        }
        return null;
    }

    private static readonly HashSet<string> Which = ["quais", "qual", "que", "what", "which", "cuales", "cual"];

    // Declared after Which, which they are made of (static fields start in the order they are written).
    /// <summary>"qual mês", "which month": one month asked for among the others (<see cref="ReadWhichPeriod"/>).</summary>
    private static readonly string[][] WhichMonth = [.. Which.Select(w => new[] { w, "mes" }), .. Which.Select(w => new[] { w, "month" })];

    /// <summary>"qual ano", "which year": one year asked for among the others.</summary>
    private static readonly string[][] WhichYear = [.. Which.Select(w => new[] { w, "ano" }), .. Which.Select(w => new[] { w, "year" })];

    /// <summary>"which year", "cada ano": the periods are asked one by one.</summary>
    private static readonly string[][] EachSpan = [.. WhichMonth, .. WhichYear, ["each", "year"], ["cada", "ano"], ["each", "month"], ["cada", "mes"]];

    private static readonly string[] ThemeNouns =
    [
        "problema*", "aspecto*", "aspect*", "assunto*", "asunto*", "tema*", "theme*", "topic*", "topico*", "motivo*", "razo*", "razon*", "reason*",
        "issue*", "ponto*", "point*", "punto*", "coisa*", "thing*", "cosa*",
        // "quais são as queixas que mais se repetem?": the complaints or praise themselves.
        "queixa*", "reclamac*", "complaint*", "queja*", "elogio*", "compliment*",
        // "quais qualidades são mais exaltadas?": the good points.
        "qualidades", "qualities", "cualidades", "virtude*", "virtud*", "vantage*", "ventaja*", "advantage*",
    ];

    /// <summary>"quais problemas…", "what issues…", "¿qué aspectos…?": which themes, a list the theme counts answer.</summary>
    private static bool AsksWhichThemes(IReadOnlyList<string> w)
    {
        for (var i = 0; i + 1 < w.Count; i++)
        {
            if (!Which.Contains(w[i])) continue;
            // "quais são as queixas…", "cuáles son los…", "what are the…": the noun after the verb.
            var at = w[i + 1] is "sao" or "foram" or "son" or "fueron" or "are" or "were" && i + 2 < w.Count ? i + 2 : i + 1;
            var noun = w[at] is "os" or "as" or "the" or "los" or "las" && at + 1 < w.Count ? w[at + 1] : w[at];
            if (ThemeNouns.Any(p => QuestionWords.Matches(noun, p))) return true;
        }
        return false;
    }

    private static readonly HashSet<string> ScaleIncluded = ["included", "counted", "incluida", "incluidas", "incluido", "incluidos", "contada", "contadas"];

    private static readonly HashSet<string> EachScoreFillers =
        ["uma", "um", "das", "dos", "de", "of", "the", "una", "uno", "las", "los", "cinco", "five", "5", "possiveis", "possible", "posibles", "numero", "number",
         "nivel", "niveis", "level"];

    /// <summary>
    /// "em cada uma das cinco notas", "each of the five star levels", "nota a nota", "star by star": one row per score.
    /// Read before the scores, so that "cinco notas" is not the score 5.
    /// </summary>
    private static bool TakeEachScore(QuestionWords words)
    {
        var w = words.Words;
        bool IsNoun(int k) => V.ScoreNouns.Any(p => QuestionWords.Matches(w[k], p));
        for (var i = 0; i + 5 < w.Count; i++)
        {
            // "com 1, 2, 3, 4 e 5 estrelas": every score listed.
            // "entre una, dos, tres, cuatro y cinco estrellas": the same list in words.
            if (NumberWords.Of(w[i]) == 1 && NumberWords.Of(w[i + 1]) == 2 && NumberWords.Of(w[i + 2]) == 3 && NumberWords.Of(w[i + 3]) == 4
                && w[i + 4] is "e" or "y" or "and" or "ou" or "o" or "or" && NumberWords.Of(w[i + 5]) == 5)
            {
                words.Use(i, i + 6 < w.Count && IsNoun(i + 6) ? 7 : 6);
                // "notas 1, 2, 3, 4 e 5": the noun before the list is the list's, not a score of its own.
                if (i > 0 && IsNoun(i - 1)) words.Use(i - 1);
                return true;
            }
        }
        for (var i = 0; i < w.Count; i++)
        {
            // "pelas 5 notas", "the five ratings": the scale, not the score 5 ("5 estrelas" stays 5 stars).
            if (i + 1 < w.Count && w[i] is "5" or "cinco" or "five" && w[i + 1] is "notas" or "ratings" or "scores" or "puntuaciones" or "calificaciones" or "grades"
                && i > 0 && w[i - 1] is "as" or "pelas" or "nas" or "das" or "the" or "all" or "las" or "en" or "across" or "por")
            {
                words.Use(i, 2);
                return true;
            }
            // "repartidas pelas cinco estrelas", "spread across the five stars", "entre las cinco estrellas": the scale, when a word
            // of spreading comes before ("as de 5 estrelas" stays 5 stars).
            if (i + 1 < w.Count && w[i] is "5" or "cinco" or "five" && w[i + 1] is "estrelas" or "stars" or "estrellas"
                && (i > 0 && w[i - 1] is "pelas" or "across" || i > 1 && w[i - 1] is "as" or "las" or "the" && w[i - 2] is "entre" or "across" or "among"))
            {
                words.Use(i, 2);
                return true;
            }
            // "across the five star levels", "los cinco niveles de estrellas".
            if (i + 2 < w.Count && w[i] is "5" or "cinco" or "five" && (w[i + 1] is "star" && w[i + 2] is "levels" or "grades" || w[i + 1] is "niveles" or "niveis"))
            {
                words.Use(i, w[i + 1] is "star" ? 3 : 2);
                return true;
            }
            if (!IsNoun(i)) continue;
            // "tally them by how many stars they gave", "por quantas estrelas", "según cuántas estrellas": one row per score.
            if (i >= 2 && w[i - 1] is "many" or "quantas" or "cuantas" && (w[i - 2] is "por" or "segun" || i >= 3 && w[i - 2] == "how" && w[i - 3] == "by"))
            {
                var from = w[i - 1] == "many" ? i - 3 : i - 2;
                words.Use(from, i - from + 1);
                return true;
            }
            // "a contagem por número de estrelas", "by star level": one row per score.
            if (i >= 3 && w[i - 1] is "de" or "of" && w[i - 2] is "numero" or "number" or "nivel" && w[i - 3] is "por" or "by" or "per")
            {
                words.Use(i - 3, 4);
                return true;
            }
            if (i + 2 < w.Count && w[i + 1] is "a" or "por" or "by" && IsNoun(i + 2))
            {
                words.Use(i, 3);
                return true;
            }
            for (var k = i - 1; k >= Math.Max(0, i - 5) && k < i; k--)
            {
                if (w[k] is "cada" or "each" or "every")
                {
                    words.Use(k, i - k + 1);
                    // "every score included", "cada nota incluida": the whole scale counted together, not a row per score.
                    if (i + 1 < w.Count && ScaleIncluded.Contains(w[i + 1]))
                    {
                        words.Use(i + 1);
                        return false;
                    }
                    return true;
                }
                if (!EachScoreFillers.Contains(w[k])) break;
            }
        }
        return false;
    }

    /// <summary>"cada um desses meses", "each of these months", "cada uno de esos meses": the months already named.</summary>
    private static readonly HashSet<string> EachOfThese =
        ["desses", "destes", "daqueles", "these", "those", "estos", "esos", "aquellos"];

    /// <summary>
    /// "for each of the last 3 months", "em cada um dos últimos 6 meses", "para cada año desde 2016": one row per month or
    /// year. Only the words that ask for rows are taken; the period ("the last 3 months") is left to be read.
    /// </summary>
    private static AnalysisGrouping? TakeEachPeriod(QuestionWords words)
    {
        var w = words.Words;
        for (var i = 0; i < w.Count; i++)
        {
            if (w[i] is not ("each" or "cada") || words.IsUsed(i)) continue;
            var k = i + 1;
            // "each of the three most recent months", "cada um dos 3 meses mais recentes", "cada um desses meses".
            while (k < w.Count && k - i <= 6 && (EachScoreFillers.Contains(w[k]) || V.Last.Contains(w[k]) || NumberWords.Of(w[k]) is not null
                || EachOfThese.Contains(w[k])
                || w[k] is "most" or "mais" or "mas" or "latest" || V.Recent.Any(p => QuestionWords.Matches(w[k], p)))) k++;
            // "tds os anos, qtas avlas em cada um", "all the years, how many in each one": the unit named before "each one", in the
            // plural ("mês por mês: quantas em cada um?" is read with the other groupings).
            if (k == i + 2 && w[i + 1] is "um" or "uma" or "uno" or "una" or "one" && (k >= w.Count || words.EndsClause(k - 1))
                && Enumerable.Range(0, i).Reverse().Select(b => w[b] is "mes" or "month" or "ano" or "year" ? null : UnitOf(w[b])).FirstOrDefault(g => g is not null) is { } pointed)
            {
                words.Use(i, 2);
                if (i > 0 && w[i - 1] is "for" or "para" or "em" or "in" or "en") words.Use(i - 1);
                return pointed;
            }
            if (k >= w.Count) return null;
            var grouping = UnitOf(w[k]);
            if (grouping is null || k == i + 1) continue; // "cada mês" is read with the other groupings
            words.Use(i);
            if (i > 0 && w[i - 1] is "for" or "para" or "em" or "in" or "en") words.Use(i - 1);
            for (var f = i + 1; f < k && (EachScoreFillers.Contains(w[f]) || EachOfThese.Contains(w[f])) && w[f] is not ("5" or "cinco" or "five"); f++) words.Use(f);
            return grouping;
        }
        return null;
    }

    /// <summary>The rows a unit of time asks for ("mês", "months": one per month), or null.</summary>
    private static AnalysisGrouping? UnitOf(string word) => word switch
    {
        "mes" or "meses" or "month" or "months" => AnalysisGrouping.Month,
        "ano" or "anos" or "year" or "years" => AnalysisGrouping.Year,
        _ => null,
    };

    /// <summary>"quem reclama", "who complains", "quién se queja": the complaining of people, not complaints about something.</summary>
    private static bool IsWhoComplains(IReadOnlyList<string> w, int i) =>
        V.ComplaintWords.Any(p => QuestionWords.Matches(w[i], p))
        && (w[i - 1] is "quem" or "who" or "quien" || i > 1 && w[i - 1] == "se" && w[i - 2] is "quem" or "quien");

    private static readonly HashSet<string> Alternatives = ["o", "ou", "or", "y", "e", "and", "vs", "versus", "contra", "x"];

    private static readonly HashSet<string> AlternativeFillers = ["de", "of", "del", "as", "os", "las", "los", "the", "those", "com", "with", "con"];

    /// <summary>"las reseñas de 1 estrella o las de 5", "as de 1 estrela ou as de 5": a second score said by its number alone.</summary>
    private static (ScoreRange, string)? AlternativeScore(QuestionWords words)
    {
        var w = words.Words;
        for (var i = 1; i < w.Count; i++)
        {
            if (words.IsUsed(i) || w[i].Length != 1 || w[i][0] is < '1' or > '5') continue;
            // "más reseñas de 4 o de 5 estrellas": the number alone before the alternative.
            var score = (new ScoreRange(w[i][0] - '0', w[i][0] - '0'), w[i]);
            if (i + 2 < w.Count && w[i + 1] is "o" or "ou" or "or" && w[i + 2] is "de" or "of" or "del" && i + 3 < w.Count && words.IsUsed(i + 3))
            {
                words.Use(i, 3);
                return score;
            }
            var k = i - 1;
            while (k > 0 && i - k <= 3 && AlternativeFillers.Contains(w[k])) k--;
            // "negativas (1 ou 2)" restates a range: not a second score.
            if (!Alternatives.Contains(w[k]) || k == i - 1 && w[k] is "e" or "y" or "and" || k > 0 && NumberWords.Of(w[k - 1]) is not null) continue;
            words.Use(k, i - k + 1);
            return score;
        }
        return null;
    }

    private static readonly string[] People = ["cliente*", "client*", "customer*", "comprador*", "consumidor*", "buyer*", "shopper*", "usuari*", "user*", "people"];

    private static readonly HashSet<string> EnglishSatisfaction = ["satisfied", "happy", "pleased", "unhappy", "dissatisfied"];

    /// <summary>
    /// "clientes satisfeitos", "cliente contento", "happy customers": satisfaction said of the people, naming who is asked
    /// about — not said of them after a verb ("os clientes estão satisfeitos?", "are customers happy?"), which asks a share.
    /// </summary>
    private static bool QualifiesPeople(IReadOnlyList<string> w)
    {
        bool IsSatisfaction(int k) => k >= 0 && k < w.Count && (V.Satisfied.Any(p => QuestionWords.Matches(w[k], p)) || V.Dissatisfied.Any(p => QuestionWords.Matches(w[k], p)));
        return Enumerable.Range(0, w.Count).Any(k => People.Any(p => QuestionWords.Matches(w[k], p))
            && (IsSatisfaction(k + 1) && !EnglishSatisfaction.Contains(w[k + 1]) || IsSatisfaction(k - 1) && EnglishSatisfaction.Contains(w[k - 1])));
    }

    /// <summary>
    /// "positivas entre as que mencionam entrega", "das avaliações que mencionam defeito, quantos por cento…", "among
    /// reviews that mention delivery": the mentioned words name the population the figure is taken within. The clause
    /// ends where the figure is asked: "das negativas, quantos % mencionam 'x'" takes the negative reviews.
    /// </summary>
    private static bool NamesPopulationByTerms(QuestionWords words)
    {
        var w = words.Words;
        bool CueWithin(int from, int span)
        {
            for (var k = from; k < Math.Min(from + span, w.Count); k++)
            {
                if (IsMeasureWord(w[k])) return false;
                // "das reseñas donde aparece 'internet'": appearing names the mentions here, not in "o que mais aparece".
                if (IsMentionCue(w[k]) || w[k] is "aparece" or "aparecem" or "aparecen" or "appears") return true;
                // "entre os comentários com 'demorado'", "das avaliações com entrega": the reviews with a word (quoted or not a
                // word of the vocabulary: "com 5 estrelas", "com nota alta" name scores).
                if (w[k] is "com" or "con" or "with" && k + 1 < w.Count && TermReader.IsContent(words, k + 1)) return true;
            }
            return false;
        }
        // "¿qué fracción de los comentarios con 'sim' vino de clientes molestos?": where the mentions came from is what is measured.
        if (ComeFromAt(words) >= 0) return true;
        for (var i = 0; i < w.Count; i++)
        {
            // "among the ones who are talking about…", "entre as avaliações de março de 2018 que mencionam…" (a period in
            // between does not count; "entre as negativas, quanto representam as que dizem 'x'" names the negativas)
            if (V.Within.Contains(w[i]) && CueWithin(i + 1, 5 + PeriodWords(w, i + 1, 5))) return true;
            // "¿Qué tasa de negativas tienen las reseñas que dicen 'x'?": the reviews that have the score are those that mention.
            var noun = i + 2 < w.Count && w[i + 1] is "as" or "os" or "the" or "las" or "los" ? i + 2 : i + 1;
            if (i > 0 && LinkVerbs.Contains(w[i]) && noun < w.Count && V.Population.Any(p => QuestionWords.Matches(w[noun], p)) && CueWithin(noun + 1, 3)) return true;
            // "a participação das positivas nas avaliações que citam 'x'": the reviews that mention are where the share is taken.
            if (i > 0 && w[i] is "nas" or "nos" or "in" or "en" && noun < w.Count && V.Population.Any(p => QuestionWords.Matches(w[noun], p)) && CueWithin(noun + 1, 3)) return true;
        }
        // "Quando o cliente fala em 'trocar', em que percentual…": the mentions are the condition the figure is taken under.
        // "% das negativas que citam 'datas'": the score group is the population, the mention what is counted.
        return w.Count > 2 && w[0] is "das" or "dos" or "of" or "de" or "among" && !NamesScoreGroup(w[1]) && CueWithin(1, 4) || w.Count > 2 && w[0] is "quando" or "when" or "cuando" && CueWithin(1, 5)
            || ScoresFollowMention(words) || PointsBackToMentions(w) || MentionBeforeShareOfScores(words);
    }

    /// <summary>Better or worse: a judgement of quality, where "mais" or "more" only says how many.</summary>
    private static bool JudgesQuality(string word) =>
        word is "melhor" or "melhores" or "pior" or "piores" or "better" or "worse" or "mejor" or "mejores" or "peor" or "peores";

    /// <summary>"'horas' aparece em mais avaliações do que 'perda'?": a "than" between two quoted words compares them.</summary>
    private static bool ThanBetweenQuoted(QuestionWords words)
    {
        var quoted = Enumerable.Range(0, words.Words.Count).Where(words.IsQuoted).ToList();
        return quoted.Count >= 2 && Enumerable.Range(quoted[0] + 1, Math.Max(0, quoted[^1] - quoted[0] - 1))
            .Any(k => words.Words[k] is "que" or "than" || V.Beats.Any(b => QuestionWords.Matches(words.Words[k], b)));
    }

    /// <summary>
    /// "Das avaliações de 2017 que dizem 'chega', que percentual é negativo?", "Among reviews quoting 'passou', what
    /// percentage gave a single star?": a quoted word said before the share, and scores after it, is where the share is
    /// taken; the scores are what is measured. Not when those scores are a place ("qual a fatia nas notas 1?").
    /// </summary>
    private static bool MentionBeforeShareOfScores(QuestionWords words)
    {
        var w = words.Words;
        var quoted = Enumerable.Range(0, w.Count).FirstOrDefault(words.IsQuoted, -1);
        // "…quem citou 'x': que parte deu nota 5?": "que parte" is a share too.
        bool IsShare(int k) => V.Share.Any(p => QuestionWords.Matches(w[k], p)) || w[k] is "parte" or "part" && w[k - 1] is "que" or "qual" or "cual" or "what";
        var share = quoted < 0 ? -1 : Enumerable.Range(quoted + 1, w.Count - quoted - 1).FirstOrDefault(IsShare, -1);
        var score = share < 0 ? -1 : Enumerable.Range(share + 1, w.Count - share - 1).FirstOrDefault(k => NamesScore(w[k]), -1);
        return score >= 0 && !w.Skip(share + 1).Take(score - share - 1).Any(x => V.Within.Contains(x) || x is "nas" or "nos" or "in" or "en" or "within" or "dentro");
    }

    private static bool NamesScore(string word) =>
        word is "1" or "2" or "3" or "4" or "5" || V.Negative.Concat(V.Positive).Concat(V.Neutral).Concat(V.ScoreNouns).Any(p => QuestionWords.Matches(word, p));

    private static bool NamesScoreGroup(string word) =>
        V.Negative.Concat(V.Neutral).Concat(V.Positive).Any(p => p.EndsWith('*') && QuestionWords.Matches(word, p));

    /// <summary>The complaint noun right after "nas", "entre as", "among the", "en las" (where words are looked for), else -1.</summary>
    private static int ComplaintsAsPlace(IReadOnlyList<string> w)
    {
        for (var k = 1; k < w.Count; k++)
        {
            if (!V.Complaints.Any(p => QuestionWords.Matches(w[k], p))) continue;
            var before = w[k - 1] is "as" or "the" or "las" && k > 1 ? w[k - 2] : w[k - 1];
            if (V.Within.Contains(before) || before is "nas" or "in" or "en" or "within") return k;
        }
        return -1;
    }

    /// <summary>How many of the <paramref name="span"/> words from <paramref name="from"/> name a period ("de março de 2018").</summary>
    private static int PeriodWords(IReadOnlyList<string> w, int from, int span) =>
        Enumerable.Range(from, Math.Max(0, Math.Min(span + 3, w.Count - from)))
            .Count(k => w[k] is "de" or "of" or "del" or "em" or "in" || w[k].Length == 4 && w[k].All(char.IsDigit) || PeriodReader.MonthOf(w[k]) is not null);

    private static readonly HashSet<string> BackPointers = ["delas", "deles", "dessas", "desses", "them", "ellas", "ellos", "estas", "esas"];

    /// <summary>"…só as que falam 'problema': que % delas é de nota 1?": the figure is taken of the mentions named before it.</summary>
    private static bool PointsBackToMentions(IReadOnlyList<string> w)
    {
        // "%" is not a word: the pointer only has to come after the mention.
        var cue = Enumerable.Range(0, w.Count).FirstOrDefault(k => IsMentionCue(w[k]), -1);
        return cue >= 0 && w.Skip(cue + 2).Any(BackPointers.Contains);
    }

    private static bool IsMeasureWord(string word) => V.Count.Concat(V.Share).Any(p => QuestionWords.Matches(word, p));

    private static bool IsMentionCue(string word) => V.TermCues.Any(p => QuestionWords.Matches(word, p)) && word is not ("com" or "with" or "con");

    /// <summary>Verbs that join the reviews to what they are: "…que mencionam 'prazo' têm 5 estrelas", "…mentioning delivery are negative".</summary>
    private static readonly HashSet<string> LinkVerbs =
    [
        .. V.HaveVerbs, "has", "tiene", "carried", "sao", "foram", "eram", "deram", "dao", "ficaram", "ficou", "are", "were", "gave", "give",
        "son", "fueron", "dieron", "dan",
    ];

    /// <summary>
    /// "¿Qué proporción de las opiniones que mencionan 'prazo' tiene 5 estrellas?", "what share of reviews mentioning
    /// delivery are negative?": the scores come after the mention, joined to it by a verb, as what those reviews are; so
    /// the mention names the population. "…mencionam atraso e são negativas" joins both into what is measured.
    /// </summary>
    private static bool ScoresFollowMention(QuestionWords words)
    {
        var w = words.Words;
        // "Que parte das avaliações com 'conjunto' ficou em 4 ou 5 estrelas?": the quoted word itself is the mention.
        var cue = Enumerable.Range(0, w.Count).FirstOrDefault(k => IsMentionCue(w[k]) || words.IsQuoted(k), -1);
        if (cue < 0) return false;
        for (var k = cue + (words.IsQuoted(cue) ? 1 : 2); k + 1 < w.Count; k++)
        {
            // "…com 'havia' é negativa?", "…que citam 'x' dá nota 5?": a singular copula or verb of giving; "é" and "dá" fold to
            // the "e" that joins and the "da" of "da loja", so they are told by their accents.
            var singular = words.Written[k].ToLowerInvariant() is "é" or "dá" || w[k] is "es" or "is" or "foi" or "fue" or "deu" or "dio" or "gives";
            if (!singular && !LinkVerbs.Contains(w[k]) || w[k - 1] is "e" or "and" or "y") continue;
            return w.Skip(k + 1).Any(NamesScore);
        }
        return false;
    }

    /// <summary>
    /// "tem review com 'nota fiscal'?", "Surgiu 'arrependido' em 2017?": a quoted word asked about, without asking which
    /// review or what was said, asks whether the collection contains it.
    /// </summary>
    private static bool AsksAboutQuotedWord(QuestionWords words, int opener) =>
        Enumerable.Range(0, words.Words.Count).Any(words.IsQuoted)
        && !(V.SpecificOpeners.Contains(words.Words[opener]) && words.Words[opener] is not ("existe" or "a" or "o" or "um" or "uma"));

    /// <summary>More words than this describing what to look for, in a yes/no or a comparison of two words, tell one review's story.</summary>
    private const int MaxDescribingWords = 3;

    /// <summary>
    /// "Alguém elogiou uma bolsa de manter a temperatura por ser grande por dentro?", "review que compara com outra varejista
    /// onde um celular não chegou…": a yes/no or a comparison of words that names many things asks for one review.
    /// </summary>
    private static bool DescribesOneReview(AnalysisMeasure measure, bool termsCompared, int terms, int unused) =>
        (measure == AnalysisMeasure.YesNo || termsCompared) && terms + unused > MaxDescribingWords;

    /// <summary>
    /// One population: a share or yes/no measures the words the reviews mention if any (the score range when the words
    /// name the population: "positivas entre as que mencionam entrega"), else the score range, else the period, within the rest; a count, an average or a table covers every condition at once.
    /// </summary>
    /// <param name="termsArePopulation">The words name the reviews the share is taken within ("das que mencionam 'x', quantas…").</param>
    /// <param name="scoreAndTermsCounted">The score and the words are both what is counted ("qué parte es negativa y además menciona 'x'").</param>
    private static AnalysisPlan Single(
        AnalysisMeasure measure, ScoreRange? scores, ReviewPeriod? period, ReviewCondition? terms, bool average, bool share, bool termsArePopulation, bool scoreAndTermsCounted,
        bool periodMeasured)
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
        // "¿qué porcentaje de las reseñas de 2 estrellas se escribió en el último año?": the period is what is measured, within the rest.
        if (periodMeasured && period is not null && (scores is not null || terms is not null) && measure == AnalysisMeasure.Share)
        {
            return new AnalysisPlan(measure, new ReviewCondition(scores).And(terms ?? ReviewCondition.All), new ReviewCondition(Period: period), AnalysisGrouping.None, language)
            {
                Figure = AnalysisMeasure.Share,
            };
        }
        if (terms is not null && scores is not null && scoreAndTermsCounted && measure == AnalysisMeasure.Share)
        {
            return new AnalysisPlan(measure, new ReviewCondition(Period: period), new ReviewCondition(scores).And(terms), AnalysisGrouping.None, language) { Figure = AnalysisMeasure.Share };
        }
        // "Os insatisfeitos dizem que não 'funciona'?": a yes/no asks whether the words occur within the scores.
        if (terms is not null && scores is not null && termsArePopulation && measure != AnalysisMeasure.YesNo)
        {
            return new AnalysisPlan(measure, new ReviewCondition(Period: period).And(terms), new ReviewCondition(scores), AnalysisGrouping.None, language) { Figure = AnalysisMeasure.Share };
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
        else if (byPeriod && terms is null && scoreCondition is not null && figure == AnalysisMeasure.Count)
        {
            // "mais negativas em 2018 que em 2017?": the scores counted in each period, and their share of its reviews.
            subject = new ReviewCondition(scoreCondition);
            base_ = ReviewCondition.All;
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
            // "a proporção de 1 estrela e de 5 estrelas em 2018": each score group's share of the period's reviews (a share of
            // everything within each group would be 100 %).
            ComparesShares = !byPeriod && figure == AnalysisMeasure.Share && terms is null,
        };
    }

    /// <summary>
    /// Two words side by side, each group the reviews that mention it, within the stated scores and period; or, for a
    /// share, the share of the stated scores within each group.
    /// </summary>
    private static AnalysisPlan CompareTerms(IReadOnlyList<ComparedGroup> groups, ScoreRange? scores, ReviewPeriod? period, bool average, bool share) =>
        share && scores is not null
            ? new(AnalysisMeasure.Comparison, new ReviewCondition(Period: period), new ReviewCondition(scores), AnalysisGrouping.None, AnswerLanguage.Portuguese)
            {
                Compared = groups,
                Figure = AnalysisMeasure.Share,
            }
            : new(AnalysisMeasure.Comparison, new ReviewCondition(scores, period), ReviewCondition.All, AnalysisGrouping.None, AnswerLanguage.Portuguese)
            {
                Compared = groups,
                Figure = average ? AnalysisMeasure.AverageScore : AnalysisMeasure.Count,
            };

    /// <summary>
    /// "Os clientes reclamam de X?", "Há reclamações sobre X?", "Do customers complain about X?": a yes/no question
    /// about the collection. "Quem reclamou que…?", "Qual foi a queixa…?" ask about one review instead.
    /// </summary>
    private static bool OpensAsYesNo(QuestionWords words, int opener = 0) =>
        words.Words.Count > opener && (!V.SpecificOpeners.Contains(words.Words[opener]) || AsksForComplaints(words.Words)
            // "o pessoal reclama do tamanho?", "a galera cita 'x'?": the article opens many customers, not one review.
            || words.Words[opener] is "o" or "a" && opener + 1 < words.Words.Count && V.Collective.Contains(words.Words[opener + 1]));

    /// <summary>
    /// "Quando a nota é baixa (1 ou 2), o pessoal cita 'x'?", "When the score is 5, do buyers say 'y'?": a first clause
    /// that opens with "quando"/"when" and states scores or a year is a condition, not "when?"; the question opens after
    /// its comma. Returns the index of the question's first word after the clause, else 0.
    /// </summary>
    private static int AfterConditionClause(string question, QuestionWords words)
    {
        var comma = question.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || words.Words is not ["quando" or "when" or "cuando", ..]) return 0;
        var clause = new QuestionWords(question[..comma]).Words;
        var states = clause.Skip(1).Any(x => NamesScore(x) || x.Length == 4 && x.All(char.IsAsciiDigit));
        return states && clause.Count < words.Words.Count ? clause.Count : 0;
    }

    /// <summary>
    /// "avaliações com 2 estrelas que mencionam atraso" states what to list, not a question: a count. A question mark or a
    /// first word that is not a review noun asks whether.
    /// </summary>
    private static bool AsksSomething(string question, QuestionWords words) =>
        question.Contains('?') || !V.Population.Any(p => QuestionWords.Matches(words.Words[0], p));

    /// <summary>
    /// "Existe alguma reclamação sobre…?", "Existem queixas de…?", "Existe menção a…?", "Existem avaliações falando de…?", "existe
    /// alguma avaliação que fale de atraso?": the reviews in general. "Existe avaliação elogiando uma tesoura?" looks for one review.
    /// </summary>
    private static bool AsksForComplaints(IReadOnlyList<string> w) =>
        w[0] is "existe" or "existem" && w.Skip(1).SkipWhile(x => x is "algum" or "alguma" or "alguns" or "algumas" or "muitas" or "muitos")
            .FirstOrDefault() is { } noun
        && V.Complaints.Concat(["mencao", "mencoes", "relato*", "elogio*"]).Concat(w[0] == "existem" || w.Count > 1 && w[1] is "algum" or "alguma" ? V.Population : [])
            .Any(p => QuestionWords.Matches(noun, p));

    /// <summary>
    /// "O que deixa os clientes insatisfeitos?", "What makes customers happy?": what the (dis)satisfied say, a list of
    /// themes, not their share ("¿Qué tan satisfechos…?" asks how many).
    /// </summary>
    private static bool AsksWhat(QuestionWords words, string question) =>
        words.Words is ["o" or "do" or "de", "que", ..] or ["what", ..] or ["que", not "tan", ..] || WhatAfterClause().IsMatch(question);

    /// <summary>"Looking only at 2017's 1-2 star reviews, what were people unhappy about?": "what" opening the clause after a leading one.</summary>
    [GeneratedRegex(@"[,:;]\s*¿?\s*(?:what|o que|do que|de que|qu[éê](?!\s+tan\b))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhatAfterClause();

    /// <summary>The unused words that could be terms: not vocabulary, not a number, a valid stem.</summary>
    private static List<int> ImpliedTermsAt(QuestionWords words) =>
        Enumerable.Range(0, words.Words.Count).Where(i =>
        {
            var word = words.Words[i];
            return !words.IsUsed(i) && word.Length >= 3 && !word.All(char.IsDigit) && (words.IsQuoted(i) || !V.IsKnown(word) && !TermReader.IsConnector(word))
                && TermStem.IsValid(TermGlossary.StemOf(word));
        }).ToList();

    /// <summary>"Qual mês teve mais negativas?", "which year…": the figure per month or year, to be read as a table.</summary>
    /// <summary>
    /// "Entre 2017 y 2018, ¿en cuál el promedio salió más alto?", "which of the two years…": which of the periods named,
    /// so they are two to set side by side, not one range ("in which month" asks for a table instead).
    /// </summary>
    private static bool AsksWhichOfThem(QuestionWords words)
    {
        string[][] which = [["em", "qual"], ["en", "cual"], ["in", "which"], ["which", "one"], ["which", "of"], ["qual", "deles"], ["qual", "dos"], ["cual", "de"]];
        return which.Select(phrase => (At: words.Find(phrase), phrase.Length)).Any(f => f.At >= 0
            && (f.At + f.Length >= words.Words.Count || !V.MonthWords.Contains(words.Words[f.At + f.Length]) && words.Words[f.At + f.Length] is not ("ano" or "year" or "mes" or "month")));
    }

    private static AnalysisGrouping? ReadWhichPeriod(QuestionWords words)
    {
        if (words.Take(WhichMonth)) return AnalysisGrouping.Month;
        if (words.Take(WhichYear)) return AnalysisGrouping.Year;
        // "o ano com a maior nota média", "the month with the most complaints": a bare month or year next to a superlative.
        if (!words.Has(V.Comparative) && !words.Has(["melhor", "pior", "best", "worst", "most", "highest", "lowest", "mejor", "peor"])) return null;
        if (words.Take([["o", "mes"], ["the", "month"], ["el", "mes"]])) return AnalysisGrouping.Month;
        if (words.Take([["o", "ano"], ["the", "year"], ["el", "ano"]])) return AnalysisGrouping.Year;
        return null;
    }

    /// <summary>"one _ at a time", "um _ de cada vez", "un _ a la vez": the span in the blank, one row each.</summary>
    private static readonly string[][] OneAtATime =
    [
        ["one", "_", "at", "a", "time"], ["a", "_", "at", "a", "time"], ["um", "_", "de", "cada", "vez"], ["um", "_", "por", "vez"], ["um", "_", "de", "cada"],
        ["un", "_", "a", "la", "vez"], ["un", "_", "por", "vez"], ["un", "_", "cada", "vez"],
    ];

    /// <summary>The spans a row can be taken one at a time by (<see cref="OneAtATime"/>).</summary>
    private static readonly (string[] Nouns, AnalysisGrouping Grouping)[] RowSpans =
        [(V.MonthWords, AnalysisGrouping.Month), (["ano", "anos", "year", "years"], AnalysisGrouping.Year)];

    /// <summary>The nouns of a row per score ("por nota", "by rating", "por número de estrellas").</summary>
    private static readonly string[] ScoreRowNouns = [.. V.ScoreNouns, "rating"];

    /// <summary>"por mês", "per year", "by score", "mensal", or "por X" with a word that may be a metadata key.</summary>
    private static (AnalysisGrouping Grouping, string? Key) ReadGrouping(QuestionWords words)
    {
        string[] by = ["por", "per", "by", "cada", "each", "segun", "segundo"];
        (string[] Nouns, AnalysisGrouping Grouping)[] known =
        [
            (["mes", "meses", "month", "months", "mensal", "mensais"], AnalysisGrouping.Month),
            (["ano", "anos", "year", "years", "anual"], AnalysisGrouping.Year),
            (ScoreRowNouns, AnalysisGrouping.Score),
        ];
        foreach (var (nouns, grouping) in known)
        {
            if (words.Take(by.SelectMany(b => nouns.Select(n => new[] { b, n })))) return (grouping, null);
        }
        // "por número de estrellas", "by number of stars", "by star rating", "para cada valor de estrellas": the score said
        // through its count of stars or its value.
        string[][] through = [["numero", "de"], ["number", "of"], ["quantidade", "de"], ["cantidad", "de"], ["star"], ["valor", "de"], ["value", "of"], ["nivel", "de"], ["level", "of"]];
        if (words.Take(by.SelectMany(b => through.SelectMany(t => ScoreRowNouns.Select(n => (string[])[b, .. t, n]))))) return (AnalysisGrouping.Score, null);
        if (words.Take([["de", "um", "ano", "pro", "outro"], ["de", "um", "ano", "para", "o", "outro"], ["de", "um", "ano", "para", "outro"], ["from", "one", "year", "to", "the", "next"],
                ["de", "un", "ano", "a", "otro"], ["year", "after", "year"], ["ao", "longo", "dos", "anos"], ["over", "the", "years"], ["a", "lo", "largo", "de", "los", "anos"], ["atraves", "dos", "anos"], ["de", "ano", "para", "ano"], ["ano", "a", "ano"], ["year", "over", "year"], ["year", "to", "year"], ["ano", "tras", "ano"], ["ano", "apos", "ano"], ["year", "on", "year"], ["year", "by", "year"], ["de", "ano", "em", "ano"],
                ["de", "um", "ano", "pro", "seguinte"], ["de", "um", "ano", "para", "o", "seguinte"], ["de", "un", "ano", "al", "siguiente"], ["de", "un", "ano", "al", "otro"],
                // "¿van a mejor con los años?", "melhoraram com os anos?", "com o passar dos anos".
                ["con", "los", "anos"], ["com", "os", "anos"], ["con", "el", "paso", "de", "los", "anos"], ["com", "o", "passar", "dos", "anos"], ["with", "the", "years"]]))
        {
            return (AnalysisGrouping.Year, null);
        }
        // "one month at a time", "um mês de cada vez", "un año a la vez": one row per month or year.
        foreach (var (nouns, grouping) in RowSpans)
        {
            if (words.Take(nouns.SelectMany(n => OneAtATime.Select(phrase => phrase.Select(x => x == "_" ? n : x).ToArray())))) return (grouping, null);
        }
        if (words.TakeEvery(["mensal", "mensais", "monthly", "mensualmente"])) return (AnalysisGrouping.Month, null);
        if (words.TakeEvery(["anual", "anuais", "yearly", "annually"])) return (AnalysisGrouping.Year, null);
        for (var i = 0; i + 1 < words.Words.Count; i++)
        {
            if (words.IsUsed(i) || !by.Contains(words.Words[i])) continue;
            var key = words.Words[i + 1];
            if (AnalysisVocabulary.IsKnown(key) || key.All(char.IsDigit) || key is "um" or "uno" or "one" or "quem" or "qeum" or "who" or "quien" or "parte") continue;
            words.Use(i, 2);
            return (AnalysisGrouping.Metadata, key);
        }
        return (AnalysisGrouping.None, null);
    }
}
