using RagQa.Core.Text;

namespace RagQa.Core.Answering;

/// <summary>
/// Tells aggregate questions (most common complaints or praise, a share, a count) from specific ones, in
/// Portuguese, English and Spanish, with or without accents. Pure word-prefix rules over the folded
/// question: a share or count cue wins; otherwise a complaint or praise word together with a "which / most
/// common" word asks for the themes, unless the question asks "why" or names one theme (then the most
/// relevant reviews answer it better than a table of counts).
/// </summary>
public static class QuestionIntentClassifier
{
    public static ClassifiedQuestion Classify(string question)
    {
        var language = LanguageDetector.Detect(question);
        var words = TextFolding.Words(question).Select(w => w.Folded).ToList();
        var folded = Spaced(words);
        bool Has(IEnumerable<string> cues) => cues.Any(cue => ReviewThemes.ContainsWordPrefix(folded, cue));

        var polarity = PolarityNamed(folded);
        var share = Has(ShareCues) || question.Contains('%');
        if (share || Has(CountCues))
        {
            var intent = share ? QuestionIntent.Share : QuestionIntent.Count;
            if (ReviewThemes.Named(folded, polarity) is { } theme) return new ClassifiedQuestion(intent, language, Theme: theme);
            var terms = words.Where(w => w.Length > 1 && !ContentTerms.IsStopWord(w) && !IsFraming(w)).ToList();
            if (terms.Count == 0 && polarity is null) return new ClassifiedQuestion(QuestionIntent.Specific, language);
            return new ClassifiedQuestion(intent, language, Polarity: polarity, Terms: terms.Count == 0 ? null : string.Join(' ', terms));
        }
        // "¿Qué elogian…?" opens with "que"; inside a sentence "que" is a relative pronoun ("a peça que chegou quebrada").
        // Portuguese "mas" is "but", not Spanish "más".
        var asksForList = Has(language == AnswerLanguage.Portuguese ? ListCues.Where(c => c != "mas ") : ListCues) || words.Count > 0 && words[0] == "que"
            || question.Contains("¿qué", StringComparison.OrdinalIgnoreCase) || question.Contains("¿que", StringComparison.OrdinalIgnoreCase);
        // "Quem dá nota 3 costuma comentar sobre o quê?", "Sobre o que falam as avaliações que citam 'x'?": what a group of
        // customers talks about is a list, whoever opens it.
        var endsAskingWhat = EndsAskingWhat(words) || OpensAskingWhat(words);
        asksForList |= endsAskingWhat;
        // "Quais os assuntos mais comuns nos comentários?": topics with no polarity named are read as the complaints, the
        // product's first question; the answer says which reviews it counted.
        if (polarity is null && asksForList && (Has(TopicCues) || endsAskingWhat)) polarity = ThemePolarity.Complaint;
        // "pq o pessoal tá reclamando tanto?", "why is everyone complaining so much?": why there are so many complaints is
        // what they complain about, a list; "por que reclamaram da caixa?" stays a question about the reviews that did.
        var whySoManyComplaints = polarity == ThemePolarity.Complaint && Has(WhyCues) && Has(SoManyCues);
        asksForList |= whySoManyComplaints;
        // A theme the question names makes it about that theme, unless the name is a quoted word the list is restricted to
        // ("quais pontos positivos destacam quando escrevem 'atenciosa'?").
        if (polarity is null || Has(WhyCues) && !whySoManyComplaints || !asksForList
            || ReviewThemes.Named(Spaced(TextFolding.Words(QuotedText.Without(question)).Select(w => w.Folded)), polarity: null) is not null
            || !endsAskingWhat && (words.Count > 0 && PersonOpeners.Contains(words[0]) || AsksWhichPerson(words)))
        {
            return new ClassifiedQuestion(QuestionIntent.Specific, language);
        }
        return ThemeListOf(polarity.Value, language);
    }

    /// <summary>
    /// A question known to ask for a list of themes (by the <c>SecondReader</c>) in words the rules above miss: the
    /// praise when only praise is named, else the complaints, as for topics with no polarity.
    /// </summary>
    public static ClassifiedQuestion ThemeList(string question, AnswerLanguage language) =>
        ThemeListOf(PolarityNamed(Spaced(TextFolding.Words(question).Select(w => w.Folded))) ?? ThemePolarity.Complaint, language);

    /// <summary>The complaints when a complaint word is named, else the praise when a praise word is, else null.</summary>
    private static ThemePolarity? PolarityNamed(string folded) =>
        ComplaintCues.Any(cue => ReviewThemes.ContainsWordPrefix(folded, cue)) ? ThemePolarity.Complaint
        : PraiseCues.Any(cue => ReviewThemes.ContainsWordPrefix(folded, cue)) ? ThemePolarity.Praise
        : null;

    private static ClassifiedQuestion ThemeListOf(ThemePolarity polarity, AnswerLanguage language) => polarity == ThemePolarity.Complaint
        ? new ClassifiedQuestion(QuestionIntent.CommonComplaints, language, Polarity: ThemePolarity.Complaint)
        : new ClassifiedQuestion(QuestionIntent.CommonPraise, language, Polarity: ThemePolarity.Praise);

    /// <summary>"… sobre o quê?", "… de quê, principalmente?", "… about what?": the question's last words ask for what is said.</summary>
    private static bool EndsAskingWhat(List<string> words)
    {
        var asked = words is [.., "principalmente" or "sobretudo" or "mainly" or "mostly" or "mais" or "mas" or "most"] ? words[..^1] : words;
        // "q": "que" as a fast typist writes it.
        return asked is [.., "sobre" or "de" or "do" or "about" or "acerca", "que" or "what" or "q"] or [.., "sobre" or "de", "o", "que" or "q"]
            // "… elogia principalmente o quê?", "what are they usually upset about?": a verb of judging or saying before the "what".
            || asked is [.., "o", "que" or "q"] && Judges(asked.TakeLast(6))
            || asked is [.., "about"] && asked.Contains("what") && Judges(asked);
    }

    private static readonly string[] SayingVerbs = ["coment", "fal", "diz", "diss", "escrev", "say", "said", "talk", "comment", "writ", "dicen", "hablan"];

    /// <summary>Whether the words judge (a complaint or praise word) or say something.</summary>
    private static bool Judges(IEnumerable<string> words)
    {
        var list = words.ToList();
        return PolarityNamed(Spaced(list)) is not null || list.Any(w => SayingVerbs.Any(v => w.StartsWith(v, StringComparison.Ordinal)));
    }

    /// <summary>"Sobre o que falam…?", "¿Acerca de qué hablan…?": the first words ask what is talked about.</summary>
    private static bool OpensAskingWhat(List<string> words) => AfterAskingWhatOpener(words) is > 0 and var at && at < words.Count;

    /// <summary>
    /// Where the words after an opening "sobre o que", "sobre que", "acerca de qué" start (folded words), else -1: the
    /// question asks what is talked about. The analysis parser reads the same opener as a list of themes.
    /// </summary>
    public static int AfterAskingWhatOpener(IReadOnlyList<string> folded) => folded switch
    {
        ["sobre" or "acerca", "o" or "de", "que", ..] => 3,
        ["sobre" or "acerca", "que", ..] => 2,
        // "¿de qué suelen hablar…?", "de que falam…?"
        ["de", "que", ..] => 2,
        _ => -1,
    };

    /// <summary>Folded words joined with a space at both ends, so that a cue can be matched as a word prefix.</summary>
    private static string Spaced(IEnumerable<string> folded) => " " + string.Join(' ', folded) + " ";

    /// <summary>A word that frames a share or count question (or carries its polarity) rather than naming what is counted.</summary>
    private static bool IsFraming(string word) =>
        CountingVocabulary.Concat(ComplaintCues).Concat(PraiseCues).Concat(ShareCues).Concat(CountCues)
            .Any(prefix => word.StartsWith(prefix.TrimEnd(), StringComparison.Ordinal));

    private static readonly string[] ShareCues =
    [
        "proporc", "percentual", "porcentagem", "percentagem", "fracao", "taxa de", "que parte", "qual parte",
        "share of", "what share", "percentage", "percent", "proportion", "fraction", "rate of",
        "porcentaje", "proporcion",
    ];

    private static readonly string[] CountCues =
    [
        "quantos", "quantas", "quantidade de", "numero de", "how many", "number of", "count of",
        "cuantos", "cuantas", "cantidad de",
    ];

    private static readonly string[] ComplaintCues =
    [
        "reclam", "queix", "problema", "critic", "insatisf", "negativ", "ruim", "ruins", "pontos fracos", "irrit", "incomod",
        "decepc", "frustr", "falam mal", "falaram mal", "falou mal", "dores", "pontos de dor", "nota baixa", "notas baixas", "nota ruim", "notas ruins",
        "precisa melhorar", "precisamos melhorar", "pontos de melhoria", "melhorias",
        "complain", "gripe", "grumbl", "problem", "issue", "negative", "dissatisf", "unhappy", "bad ", "annoy", "disappoint", "pain point", "to improve",
        "low rating", "low score", "upset",
        "quej", "reclamo", "malas", "molest", "hablan mal", "mala nota", "malas notas", "que mejorar", "debemos mejorar",
        // The lowest scores say the polarity: "temas das avaliações de 1 estrela".
        "1 estrela", "2 estrelas", "uma estrela", "duas estrelas", "nota 1", "notas 1", "nota 2", "1 star", "2 star", "one star", "two star",
        "rated 1", "rated 2", "1 estrella", "2 estrellas", "una estrella", "dos estrellas",
    ];

    private static readonly string[] PraiseCues =
    [
        "elogi", "gostam", "gostaram", "gosta ", "positiv", "satisfeit", "pontos fortes", "adoram", "amam", "curtem", "curtiram", "falam bem",
        "falaram bem", "falou bem", "fala bem",
        "nota alta", "notas altas",
        "praise", "compliment", "like ", "love", "positive", "happy", "happi", "satisfied", "high rating", "good review",
        "elogian", "gusta", "encanta", "satisfech", "hablan bien", "mola ", "molan ", "rescat", "destacan", "valoran", "highlight",
        "contente", "feliz", "felic", "alegr",
        "5 estrelas", "4 estrelas", "cinco estrelas", "quatro estrelas", "nota 5", "notas 5", "nota 4", "5 star", "4 star", "five star",
        "four star", "rated 5", "rated 4", "5 estrellas", "4 estrellas", "cinco estrellas", "cuatro estrellas",
    ];

    /// <summary>"Quem reclamou que…", "Alguém se queixou de…": a question about the person behind one review, not a list.</summary>
    private static readonly HashSet<string> PersonOpeners = ["quem", "alguem", "who", "someone", "somebody", "anyone", "quien", "alguien"];

    /// <summary>"Which customer was annoyed…?", "Qual cliente reclamou…?", "Que avaliação fala…?": one person or review, not a list.</summary>
    private static bool AsksWhichPerson(List<string> words) =>
        words.Count > 1 && words[0] is "qual" or "que" or "which" or "what" or "cual" && PersonNouns.Contains(words[1]);

    private static readonly HashSet<string> PersonNouns =
    [
        "cliente", "consumidor", "consumidora", "comprador", "compradora", "pessoa", "avaliacao", "review", "customer", "buyer", "person",
        "reviewer", "persona", "resena",
    ];

    private static readonly string[] TopicCues =
    [
        "assunto", "tema", "topico", "topic", "theme", "asunto", "subject",
        // "sobre o que mais se fala?", "what do people talk about most?": what is said most, with no polarity.
        "mais se fala", "mais se comenta", "mais falam", "mais comentam", "talk about most", "talked about", "mas se habla", "mas hablan", "mas comentan",
        "se fala mais", "falam mais", "comentam mais", "se habla mas", "hablan mas", "comentan mas", "talk about the most",
        // "o que costuma aparecer nos textos…?", "what usually comes up…?": what is said as a rule.
        "costuma aparecer", "costumam aparecer", "costuma vir", "suele aparecer", "suelen aparecer", "usually comes up", "tends to come up",
    ];

    private static readonly string[] WhyCues = ["por que", "porque", "por qual motivo", "why", "pq ", "porq "];

    private static readonly string[] SoManyCues = ["tanto", "tanta", "so much", "so many", "so often", "mucho ", "muchos ", "muitos ", "muita gente"];

    /// <summary>Word prefixes; a trailing space makes a whole word ("que " is not "queixa").</summary>
    private static readonly string[] ListCues =
    [
        "quais", "o que ", "do que ", "de que ", "mais ", "comu", "frequent", "principa", "tipos", "top ", "maiores", "ranking",
        "motivos", "razoes", "assuntos", "temas", "resum", "aspectos", "pontos",
        // "qual o maior motivo de queixa?", "la mayor queja", "the biggest reason": the first of the list.
        "maior ", "mayor ", "motivo ", "razao ", "razon ", "reason ",
        // "qual é o problema que se repete?", "the recurring issue": what comes up again and again is a list.
        "se repete", "se repetem", "recorrent", "recurring", "recurrent", "se repite", "se repiten",
        "what ", "which ", "most ", "common", "main ", "biggest", "reasons", "topics", "themes", "summar", "aspects",
        "cuales", "mas ", "comunes", "principales", "motivos", "razones", "asuntos",
    ];

    /// <summary>Words of a share or count question that frame it rather than name what is counted.</summary>
    private static readonly string[] CountingVocabulary =
    [
        "quant", "proporc", "percent", "porcent", "fraca", "taxa", "numero", "total", "client", "consumid", "comprador",
        "pesso", "usuar", "avalia", "review", "coment", "pedid", "mencion", "cita", "citam", "falam", "falar", "fala",
        "dizem", "diz", "diss", "tiveram", "teve", "houve", "parte", "existem",
        "how", "many", "much", "number", "share", "rate", "proportion", "fraction", "customer", "people", "user", "buyer",
        "order", "mention", "talk", "said", "say",
        "cuant", "cantidad", "resen", "hablan", "dicen", "hay",
    ];
}
