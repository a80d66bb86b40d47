namespace RagQa.Core.Analytics;

/// <summary>
/// The words analytical questions are made of, folded (no accents, lower case), in Portuguese, English and Spanish;
/// a trailing <c>*</c> is a prefix. Everything else in a question is content: a term to look for, or unused.
/// </summary>
public static class AnalysisVocabulary
{
    public static readonly string[] Count =
    [
        "quantos", "quantas", "quanta", "quantidade", "numero", "contagem", "conte", "contar", "total", "volume", "tally", "recuento", "headcount",
        "many", "number", "count", "amount", "quantity", "cuantos", "cuantas", "cantidad", "volumen", "contagens", "counts", "conteo", "conteos", "totais", "totales",
        "totals",
    ];

    public static readonly string[] Share =
    [
        "proporc*", "percent*", "porcent*", "percentag*", "fracao", "taxa", "parcela", "participac*", "fatia", "indice", "share", "proportion*",
        "fraction", "rate", "ratio", "slice", "porcentaje", "proporcion", "fraccion", "tasa", "pedaco", "porcao", "tajada", "porcion",
    ];

    /// <summary>"quantos por cento", "que parte das avaliações": a share said in words.</summary>
    public static readonly string[][] PercentPhrases =
        [
            ["por", "cento"], ["per", "cent"], ["por", "ciento"], ["que", "parte"], ["qual", "parte"], ["what", "part"], ["cual", "parte"],
            // "quanto representa a nota 5…", "qual o peso das negativas…", "¿con qué frecuencia…?", "what portion…"
            ["quanto", "representa*"], ["cuanto", "representa*"], ["que", "tanto", "pesa*"], ["o", "peso", "das"], ["o", "peso", "dos"], ["el", "peso", "de"], ["cuanto", "pesa*"],
            ["do", "peso", "das"], ["do", "peso", "dos"], ["pes*", "no", "total"], ["pes*", "en", "el", "total"],
            // "as satisfeitas pesaram mais em 2017 ou em 2018?": which weighed more, a share.
            ["pesaram"], ["pesou"], ["pesam"], ["pesan"], ["pesaron"], ["weighed"],
            ["com", "que", "frequencia"], ["con", "que", "frecuencia"], ["what", "portion"], ["how", "often"], ["quanto", "pesa*"],
            // "¿qué tan frecuentes fueron las malas?", "quão comuns são…", "how common are…": how frequent, a share.
            ["que", "tan", "frecuente*"], ["que", "tan", "comun*"], ["quao", "frequente*"], ["quao", "comu*"], ["how", "frequent"], ["how", "common"],
            // "quanto do total foi de avaliações boas?"
            ["quanto", "do", "total"], ["cuanto", "del", "total"], ["how", "much", "of", "the", "total"],
            // "quanto das avaliações fica com nota 3?", "em termos relativos, quantas…": how much of the reviews, a share.
            ["quanto", "das"], ["quanto", "dos"], ["em", "termos", "relativos"], ["in", "relative", "terms"], ["en", "terminos", "relativos"],
            // "de cada cem avaliações, quantas…", "em cada cem", "out of every 100 reviews": a share said per hundred.
            ["cada", "cem"], ["cada", "100"], ["cada", "cien"], ["out", "of", "every", "100"], ["out", "of", "every", "hundred"], ["per", "hundred"],
            // "de cada dez clientes, quantos…", "out of every ten": per ten is a share too (and "dez" is not December).
            ["cada", "dez"], ["cada", "10"], ["cada", "diez"], ["out", "of", "every", "ten"], ["out", "of", "every", "10"],
            // "how large is the negative portion": the portion of the reviews.
            ["portion"], ["porcao"], ["porcion"],
            // "mais de um quarto das avaliações", "over a third of the reviews", "la mitad de las reseñas": a fraction is a share.
            ["um", "quarto", "das"], ["um", "quarto", "dos"], ["um", "terco", "das"], ["um", "terco", "dos"], ["metade", "das"], ["metade", "dos"],
            ["dois", "tercos"], ["a", "quarter", "of"], ["a", "third", "of"], ["one", "third", "of"], ["half", "of", "the"], ["half", "the"], ["two", "thirds"],
            ["un", "cuarto", "de"], ["un", "tercio", "de"], ["la", "mitad", "de"], ["dos", "tercios"],
            // "one in how many reviews…", "uma em cada quantas…", "una de cada cuántas…": a share said as one in N.
            ["one", "in", "how", "many"], ["uma", "em", "cada", "quantas"], ["um", "em", "cada", "quantos"], ["una", "de", "cada", "cuantas"],
            ["uno", "de", "cada", "cuantos"], ["una", "en", "cada", "cuantas"],
        ];

    /// <summary>"a virada do ano", "o sea", "ou seja": asides that name no figure ("cambio" there is not a change).</summary>
    public static readonly string[][] Asides =
        [["virada", "do", "ano"], ["virada", "de", "ano"], ["cambio", "de", "ano"], ["turn", "of", "the", "year"], ["o", "sea"], ["ou", "seja"]];

    /// <summary>
    /// "o último semestre, ou seja, de março a agosto", "the last two quarters, meaning March through August": the same
    /// period said again in other words ("that is" is left out: "the share that is negative in 2017 and 2018").
    /// </summary>
    public static readonly string[][] Restatements =
    [
        ["ou", "seja"], ["isto", "e"], ["quer", "dizer"], ["em", "outras", "palavras"], ["o", "sea"], ["es", "decir"], ["en", "otras", "palabras"],
        ["meaning"], ["i", "e"], ["in", "other", "words"], ["namely"],
    ];

    /// <summary>"qual o tamanho do grupo…", "how big is the pile…", "¿qué tan grande es…?": a count. Phrases only: "tamanho" alone is what customers complain about.</summary>
    public static readonly string[][] SizePhrases =
    [
        // The longer first: a phrase is taken whole.
        ["qual", "o", "tamanho", "do", "grupo"], ["qual", "o", "tamanho", "da", "base"], ["o", "tamanho", "do", "grupo"], ["o", "tamanho", "da", "base"],
        ["qual", "e", "o", "tamanho"], ["qual", "o", "tamanho"], ["how", "big"], ["how", "large"], ["the", "size", "of"], ["que", "tan", "grande"],
        ["cual", "es", "el", "tamano"], ["el", "tamano", "del", "grupo"],
    ];

    public static readonly string[] Average = ["media", "medio", "average", "mean", "promedio", "avg"];

    public static readonly string[] Distribution = ["distribu*", "breakdown", "histogram*", "reparti*", "repart*", "desglose", "spread", "curva*", "curve", "divisao", "division"];

    /// <summary>"como ficaram divididas as notas", "how the stars are split": with "how" and the scores, their distribution.</summary>
    public static readonly string[] SplitWords = ["dividid*", "split", "divid*", "reparti*", "quedan", "ficaram", "ficam", "distribu*"];

    /// <summary>"o perfil de notas", "the rating profile": how the reviews are spread over the scores.</summary>
    public static readonly string[][] DistributionPhrases =
    [
        // "score split for 'x' reviews", "split by stars".
        ["score*", "split"], ["rating*", "split"], ["star*", "split"], ["break", "down"], ["split", "by", "score*"], ["split", "by", "star*"], ["split", "by", "rating*"],
        ["perfil", "de", "nota*"], ["perfil", "das", "nota*"], ["perfil", "de", "estrel*"], ["perfil", "das", "estrel*"], ["perfil", "de", "puntuac*"],
        ["perfil", "de", "calificac*"], ["perfil", "de", "avaliac*"], ["rating*", "profile"], ["score*", "profile"], ["star*", "profile"],
        ["frequency", "table"], ["tabela", "de", "frequencia*"], ["tabla", "de", "frecuencia*"],
        // "o placar de estrelas", "el marcador de notas", "the star scoreboard": how many of each.
        ["placar", "de", "estrel*"], ["placar", "das", "estrel*"], ["placar", "de", "nota*"], ["placar", "das", "nota*"], ["marcador", "de", "estrell*"],
        ["marcador", "de", "nota*"], ["star", "scoreboard"], ["rating", "scoreboard"], ["scoreboard", "of", "star*"],
        // "o mix de estrelas", "deu quais notas?", "which scores did they give?"
        ["mix", "de", "estrel*"], ["mix", "de", "nota*"], ["star", "mix"], ["rating", "mix"], ["quais", "notas"], ["which", "scores"],
        ["which", "ratings"], ["what", "ratings"], ["cuales", "notas"],
    ];

    /// <summary>"…, e assim por diante", "and so on", "y así sucesivamente", "etc.": a list that goes on to every item.</summary>
    public static readonly string[][] AndSoOn =
        [["assim", "por", "diante"], ["and", "so", "on"], ["and", "so", "forth"], ["asi", "sucesivamente"], ["etc"], ["etcetera"]];

    /// <summary>"panorama das notas", "an overview of the ratings": with a score noun, their distribution.</summary>
    public static readonly string[][] Overview = [["panorama"], ["overview"], ["visao", "geral"], ["panorama", "geral"], ["vision", "general"]];

    /// <summary>"como a nota mudou de 2017 para 2018?": with two periods, a comparison; with one, a trend (<see cref="Trend"/>).</summary>
    public static readonly string[] ChangeWords =
    [
        "mudou", "mudaram", "mudanca", "variou", "variacao", "change", "changed", "changes", "cambio", "cambiaron", "cambiado", "vario",
        "move", "moved",
    ];

    public static readonly string[] Trend =
    [
        "evolu*", "evolv*", "tendencia*", "trend*", "mensal", "mensais", "mensalmente", "monthly", "anual", "anuais", "anualmente",
        "yearly", "historico", .. ChangeWords,
    ];

    /// <summary>"mês a mês", "month over month", "de un mes a otro": a series whose step is the month, said.</summary>
    public static readonly string[][] MonthByMonth =
    [
        ["mes", "a", "mes"], ["month", "by", "month"], ["from", "one", "month", "to", "the", "next"], ["month", "to", "month"], ["month", "over", "month"],
        ["over", "the", "months"], ["across", "the", "months"], ["de", "um", "mes", "para", "o", "outro"], ["mes", "apos", "mes"],
        ["de", "mes", "a", "mes"], ["mes", "tras", "mes"], ["de", "un", "mes", "a", "otro"], ["de", "um", "mes", "pro", "outro"],
        ["de", "mes", "em", "mes"], ["mes", "em", "mes"], ["de", "mes", "en", "mes"], ["month", "after", "month"],
    ];

    public static readonly string[][] TrendPhrases =
    [
        ["ao", "longo", "do", "tempo"], ["ao", "longo", "dos", "meses"], ["over", "time"],
        ["a", "lo", "largo", "del", "tiempo"], ["a", "lo", "largo", "de", "los", "meses"], ["con", "el", "tiempo"], ["serie", "temporal"], ["serie", "historica"], ["time", "series"], ["serie", "mensal"],
        ["serie", "anual"],
        // "vêm melhorando com o tempo?": over time, not a word the reviews mention.
        ["com", "o", "tempo"], ["com", "o", "passar", "do", "tempo"], ["with", "time"], ["con", "el", "paso", "del", "tiempo"],
        .. MonthByMonth,
    ];

    /// <summary>"sim ou não", "yes/no": a yes/no question, whatever else it asks ("Sí o no, y cuántos" — the answer counts too).</summary>
    public static readonly string[][] YesNoPhrases =
        [
            ["sim", "ou", "nao"], ["yes", "or", "no"], ["yes", "no"], ["si", "o", "no"], ["sim", "nao"], ["si", "no"],
            // "quisiera saber si algún comprador escribió…", "queria saber se alguém…", "I'd like to know whether…"
            ["saber", "si"], ["saber", "se"], ["know", "if"], ["know", "whether"],
            // Asked in indirect speech: "um fornecedor pergunta se alguém escreveu 'metal'", "me preguntó si…", "asked whether…".
            ["pergunta", "se"], ["perguntou", "se"], ["pregunta", "si"], ["pregunto", "si"], ["asks", "if"], ["asked", "if"], ["asks", "whether"], ["asked", "whether"],
        ];

    /// <summary>"2017 e 2018 somados", "both years together": two periods counted as one, not side by side.</summary>
    public static readonly string[][] Combined =
    [
        ["combined"], ["together"], ["juntos"], ["juntas"], ["somados"], ["somadas"], ["somando"], ["juntando"], ["combinados"],
        ["combinadas"], ["no", "total"], ["in", "total"], ["em", "conjunto"], ["en", "conjunto"], ["as", "a", "whole"], ["sumados"], ["sumando"],
        // "treating 2017 and 2018 as one block", "como um bloco só"
        ["as", "one", "block"], ["as", "a", "single", "block"], ["como", "um", "bloco"], ["como", "un", "bloque"], ["como", "un", "solo", "bloque"],
    ];

    // "as positivas superam as negativas por quanto?", "do 5-star reviews outnumber 1-star ones?": one group set against the other.
    public static readonly string[] Compare = ["compar*", "versus", "vs", "contra", "diferenca", "difference", "diferencia", "supera*", "outnumber*", "contrast*"];

    /// <summary>"lado a lado", "side by side": the groups named are set next to each other.</summary>
    public static readonly string[][] ComparePhrases =
    [
        ["lado", "a", "lado"], ["side", "by", "side"], ["uno", "al", "lado", "del", "otro"],
        // "¿crecieron en el último trimestre respecto a los tres meses previos?", "em relação ao", "relative to"
        ["respecto", "a"], ["respecto", "al"], ["respecto", "de"], ["em", "relacao", "ao"], ["em", "relacao", "a"], ["relative", "to"],
        // "qual dos dois termos aparece mais?", "which of the two…": a choice between the two things named.
        ["qual", "dos", "dois"], ["qual", "das", "duas"], ["which", "of", "the", "two"], ["cual", "de", "los", "dos"], ["cual", "de", "las", "dos"],
        // "reseñas que mencionan 'mesa' frente a las que mencionan 'cama'", "against": one group set against the other.
        ["frente", "a"], ["frente", "al"], ["against"],
        // "put the negative count next to the neutral count", "ao lado das neutras"
        ["next", "to"], ["ao", "lado", "das"], ["ao", "lado", "dos"], ["al", "lado", "de"],
    ];

    /// <summary>"de cada grupo", "for each", "respectivamente": one figure per group named.</summary>
    public static readonly string[][] EachGroup =
        [["cada", "grupo"], ["cada", "um"], ["cada", "uma"], ["cada", "uno"], ["cada", "una"], ["each", "one"], ["each", "group"], ["for", "each"], ["respectivamente"], ["respectively"], ["de", "cada"]];

    /// <summary>"go up", "went down": a change said with a particle.</summary>
    public static readonly string[][] ChangePhrases =
        [
            ["go", "up"], ["went", "up"], ["gone", "up"], ["going", "up"], ["go", "down"], ["went", "down"], ["gone", "down"], ["going", "down"],
            // "did the share rise or fall?" (not "the fall of 2017", a season)
            ["or", "fall"], ["or", "falls"],
        ];

    /// <summary>"foi maior em 2017 ou em 2018?", "more in January or February?": with two periods or two score groups, a comparison.</summary>
    /// <summary>"maior do que no total", "acima da média geral", "than overall": the whole a part is set against.</summary>
    public static readonly string[][] Whole =
    [
        ["no", "total"], ["do", "total"], ["no", "geral"], ["em", "geral"], ["geral"], ["de", "todas"], ["de", "todos"], ["toda", "a", "base"],
        ["base", "toda"], ["base", "inteira"], ["inteiro"], ["inteira"], ["como", "um", "todo"], ["no", "conjunto"], ["en", "general"], ["general"],
        ["en", "total"], ["del", "total"], ["entero"], ["entera"], ["en", "su", "conjunto"], ["overall"], ["as", "a", "whole"], ["in", "general"],
        ["of", "all"], ["in", "total"], ["the", "whole"], ["entire"],
        // "above the five-star share across all reviews", "entre todas as avaliações"
        ["across", "all"], ["among", "all"], ["all", "reviews"], ["all", "the", "reviews"], ["entre", "todas"], ["entre", "todos"],
        ["todas", "as", "avaliacoes"], ["todas", "las", "resenas"],
    ];

    /// <summary>"fica acima da média", "supera", "falls below": a part against a whole, compared without a comparative.</summary>
    public static readonly string[] AboveOrBelow =
    [
        "acima", "abaixo", "above", "below", "encima", "debajo", "supera", "superam", "superior", "inferior", "exceeds", "exceed", "surpass*",
        "ultrapassa*", "sobrepasa*",
    ];

    /// <summary>"did 'x' beat 'y'?", "ganhou de", "¿ganó…?", "'x' superou 'y'": the larger of the two, said with a verb of winning.</summary>
    public static readonly string[] Beats = ["beat", "beats", "won", "ganhou", "gano", "venceu", "vencio", "outperform*"];

    public static readonly string[] Comparative =
    [
        "mais", "maior", "menos", "menor", "more", "higher", "lower", "fewer", "less", "greater", "bigger", "larger", "smaller", "mas", "mayor",
        // "¿ganan las de 5 estrellas o las de 1?", "which wins", "qual predomina": the larger of the two.
        "ganha", "ganham", "gana", "ganan", "vence", "vencem", "wins", "predomina*", "prevalece*",
        .. Beats,
    ];

    /// <summary>"caiu de 2017 para 2018?", "did it increase?": with two periods, a comparison of whatever figure is named.</summary>
    public static readonly string[] Change =
    [
        "caiu", "cair", "subiu", "subir", "desceu", "descer", "desceram", "aumentou", "aumentar", "diminuiu", "diminuir", "cresceu", "crescer", "reduziu", "increas*",
        "decreas*", "dropped", "drop", "rose", "fell", "grew", "bajo", "subio", "aumento", "disminuyo", "cayo", "crecio",
        // "as reclamações estão aumentando?", "are complaints growing?": a change under way.
        "aumentaram", "diminuiram", "cresceram", "subiram", "reduziram",
        // "did the slice of 5-star ratings grow or shrink?"
        "grow", "grown", "growing", "shrink", "shrank", "shrunk", "shrinking",
        "aumentando", "diminuindo", "crescendo", "caindo", "subindo", "disminuyendo", "creciendo", "cayendo", "bajando", "subiendo",
        "growing", "rising", "falling", "dropping",
        // "did the mean rating slip or rise from July to August?", "is it climbing?"
        "rise", "risen", "slip", "slipped", "slipping", "climb", "climbed", "climbing",
        "crecieron", "subieron", "bajaron", "cayeron", "aumentaron", "disminuyeron", "descendo", "descendiendo",
    ];

    /// <summary>"piorou?", "está melhorando?", "is it improving?": a change for the better or the worse (<see cref="Change"/> says which way numbers went).</summary>
    public static readonly string[] BetterOrWorseChange =
    [
        "melhorou", "piorou", "improved", "worsened", "mejoro", "empeoro", "melhorando", "piorando", "improving", "worsening", "mejorando", "empeorando",
        // "did the average improve from 2017 to 2018?"
        "improve", "worsen",
    ];

    /// <summary>"getting better or worse", "ficando pior", "se está poniendo mejor": a change under way, said with a comparative.</summary>
    public static readonly string[][] BecomingBetterOrWorse =
    [
        ["getting", "better"], ["getting", "worse"], ["get", "better"], ["get", "worse"], ["got", "better"], ["got", "worse"],
        ["ficando", "melhor"], ["ficando", "pior"], ["ficou", "melhor"], ["ficou", "pior"],
        ["poniendo", "mejor"], ["poniendo", "peor"], ["puso", "mejor"], ["puso", "peor"],
        // "¿las reseñas van a mejor o a peor?", "vai de mal a pior": going better or worse.
        ["van", "a", "mejor"], ["van", "a", "peor"], ["va", "a", "mejor"], ["va", "a", "peor"], ["fue", "a", "mejor"], ["fue", "a", "peor"],
        ["de", "mal", "a", "pior"], ["de", "mal", "a", "peor"],
        // "are customers getting happier?": their scores getting better.
        ["getting", "happier"], ["getting", "unhappier"], ["more", "and", "more", "satisfied"], ["cada", "vez", "mais", "satisfeitos"],
        ["cada", "vez", "mas", "satisfechos"],
    ];

    /// <summary>"piorou de 2017 para 2018?", "did it get better?": a comparison of the average score unless another figure is named.</summary>
    public static readonly string[] Improvement =
    [
        "melhor*", "pior*", "better", "worse", "improv*", "worsen*", "mejor*", "peor*", "empeor*",
    ];

    /// <summary>"não mencionam", "do not mention": the reviews that do not say it, which a plan cannot select.</summary>
    public static readonly string[][] NegatedCues =
    [
        ["nao", "menciona*"], ["nao", "fala*"], ["nao", "cita*"], ["nao", "reclama*"], ["sem", "mencionar"], ["sem", "mencao"],
        ["don", "t", "mention*"], ["do", "not", "mention*"], ["doesn", "t", "mention*"], ["without", "mention*"], ["no", "mencion*"],
        ["no", "hablan"], ["sin", "mencionar"],
    ];

    /// <summary>"satisfeitos", "happy": a state of the customers, read as a score range (the share of positivas/negativas).</summary>
    public static readonly string[] Satisfied = ["satisfeit*", "satisfac*", "satisfied", "satisfaction", "satisfech*", "content*", "happy", "feliz*", "pleased"];

    /// <summary>Satisfaction itself, the noun: measured by the scores ("a satisfação média", "a satisfação vem subindo?").</summary>
    public static readonly string[] SatisfactionNouns = ["satisfacao", "satisfaction", "satisfaccion"];

    public static readonly string[] Dissatisfied =
    [
        "insatisfeit*", "insatisfac*", "dissatisf*", "unhappy", "insatisfech*", "descontent*", "infeliz*",
        // "clientes molestos", "annoyed customers", "frustrated buyers", "cliente bravo", "angry customers"
        "molesto", "molestos", "molesta", "molestas", "annoyed", "irritado", "irritada", "irritados", "irritadas", "frustrated", "frustrados",
        "frustradas", "bravo", "brava", "bravos", "bravas", "angry", "upset", "furios*", "enojad*", "enfadad*", "chatead*", "revoltad*",
    ];

    /// <summary>"entre as que mencionam entrega", "among those mentioning delivery": the words that follow name the population.</summary>
    public static readonly string[] Within = ["entre", "dentre", "dentro", "among", "amongst"];

    /// <summary>Complaints as a noun: with nothing named to complain about, they are the negative reviews.</summary>
    public static readonly string[] Complaints = ["reclamac*", "reclamo*", "queixa*", "complaint*", "queja*"];

    /// <summary>Complaining, as a noun or a verb: "reclama mais", "complain more", "quejas".</summary>
    public static readonly string[] ComplaintWords = ["reclam*", "queix*", "complain*", "quej*"];

    /// <summary>"recentes", "lately": the last quarter up to the newest review, unless a span is named ("o mês mais recente").</summary>
    public static readonly string[] Recent = ["recente*", "recent", "recently", "lately", "ultimamente", "reciente*", "recientemente"];

    /// <summary>Words after which the next content words are what the reviews must mention.</summary>
    public static readonly string[] TermCues =
    [
        "mencion*", "menciona*", "mention*", "cit*", "falam", "falaram", "fala", "falou", "falando", "sobre", "about", "acerca",
        "referem", "referente*", "relacionad*", "contem", "contendo", "contain*", "dizem", "say", "says", "dicen", "hablan", "hablen", "habla",
        "reclam*", "queix*", "complain*", "quej*", "elogi*", "praise*", "compliment*", "grumbl*", "palavra", "word", "termo", "term", "mencao", "mencoes",
        "com", "with", "con", "causa", "because", "due", "debido", "comentam", "comentaram", "comentando",
        "relatam", "relataram", "relatos", "comment*", "report*", "talk*", "speak*", "bring", "brings", "comentan", "comentou", "comento", "usam", "usa", "usan", "usou", "usaram", "usaron", "uso", "usar", "used", "using", "palavras", "words", "termos", "terms", "palabra*",
        // The noun "término(s)", not the verb "terminar" ("terminaron", "terminó": TermReader tells it by the accent).
        "termino", "terminos", "escrev*", "escrit*", "wrote", "write*", "writing", "escrib*", "nombra*", "quoting", "quote", "quotes",
        // The subjunctive and other persons: "que fale de atraso", "que diga 'x'", "comenta o cheiro", "o texto contiene embalagem".
        "fale", "falem", "falar", "comenta", "comente", "comentem", "diga", "digam", "contiene", "contienen", "contenga",
    ];

    /// <summary>Verbs of complaining and mentioning: with a term and no other measure, the question is a yes/no one.</summary>
    public static readonly string[] YesNoVerbs =
    [
        "reclam*", "queix*", "complain*", "quej*", "mencion*", "mention*", "mencao", "mencoes", "falam", "falaram", "fala", "falou",
        "falando", "citam", "citaram", "cita", "citando", "comentam", "comentaram", "comentando", "relatam", "relataram", "relatos",
        "elogi*", "praise*", "talk*", "speak*", "bring", "brings", "comment*", "report*", "habla*", "hable*", "comentan", "citar", "citou",
        "citad*", "mencionar",
        // A word that appears, or is said: "apareceu a palavra 'x'?", "surgiu 'x'?", "reviews that say 'x'?", "que diga 'x'".
        "apareceu", "aparece", "aparecem", "aparecer", "surgiu", "surge", "surgem", "appear*", "say", "says", "said", "saying",
        "diga", "digam", "dizem", "disse", "disseram", "dizendo", "dice", "dicen", "dijo", "dijeron", "aparecio", "aparezca",
        "usou", "usaram", "usaron",
        // The subjunctive and the singular of the verbs above: "alguma avaliação que fale de atraso?", "alguma comenta o cheiro?".
        "fale", "falem", "cite", "citem", "comenta", "comentou", "comente", "comentem",
        // Asking for something is saying it: "alguém pediu reembolso?".
        "pediu", "pediram", "pidio", "pidieron",
    ];

    /// <summary>Verbs of having or receiving a score: "não têm nota 5", "…que mencionam 'prazo' têm 5 estrelas", "no recibieron 5 estrellas".</summary>
    public static readonly HashSet<string> HaveVerbs = ["tem", "tinham", "tiveram", "receberam", "recebem", "have", "had", "got", "received", "tienen", "tuvieron", "recibieron"];

    /// <summary>First words of a question about one review ("quem reclamou que…", "which review…").</summary>
    public static readonly HashSet<string> SpecificOpeners =
    [
        "quem", "qual", "quais", "que", "onde", "quando", "como", "por", "who", "which", "what", "where", "when", "why", "how",
        "quien", "cual", "cuales", "donde", "cuando", "existe", "a", "o", "um", "uma",
    ];

    /// <summary>"o pessoal", "a galera", "the people", "a base": one word for many customers or reviews.</summary>
    public static readonly HashSet<string> Collective = ["people", "gente", "galera", "pessoal", "povo", "base", "data", "dados", "clientela"];

    /// <summary>Nouns for the reviews themselves, and their authors: they name the population, not a subject.</summary>
    public static readonly string[] Population =
    [
        "avaliac*", "avaliad*", "review*", "comentario*", "comment", "comments", "opiniao", "opinioes", "opinion*", "resena*", "valoracion*",
        "cliente*", "client*", "customer*", "consumidor*", "comprador*", "buyer*", "shopper*", "reviewer*", "usuario*", "user*", "pessoa*", "people", "gente", "galera",
        // "rows that have 'x'", "¿alguna fila con…?", "em qualquer linha": the reviews, as a spreadsheet names them.
        "rows", "row", "fila", "filas", "linha", "linhas", "record", "records",
        "feedback*", "registro*", "reclamac*", "queixa*", "complaint*", "queja*", "elogio*", "praise", "ratings", "rating",
        "pedido*", "compra*", "order*", "loja", "olist", "base", "dados", "datos", "data", "colecao", "collection", "dataset",
        // Every review is about a product: the word names no subset of them.
        "produto*", "product*", "producto*",
    ];

    public static readonly string[] ScoreNouns = ["nota", "notas", "estrela*", "star*", "estrella*", "estrelinha*", "estrellita*", "score*", "pontuac*", "puntuac*", "calificac*", "classificac*", "grade", "rated"];

    public static readonly string[] Negative = ["negativ*", "detrator*", "detractor*", "ruim", "ruins", "baixa", "baixas", "pessim*", "bad", "low", "poor", "mala", "malas", "malo", "malos"];

    public static readonly string[] Neutral = ["neutr*", "mediana*", "regular*", "neutral", "mixed"];

    public static readonly string[] Positive = ["positiv*", "boa", "boas", "alta", "altas", "otim*", "good", "high", "great", "buena*", "bueno*", "excelente*"];

    public static readonly string[] Months =
    [
        "janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro",
    ];

    public static readonly string[] MonthsEnglish =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    public static readonly string[] MonthsSpanish =
    [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ];

    public static readonly string[] Last = ["ultimo", "ultima", "ultimos", "ultimas", "last", "past", "previous", "rolling", "trailing"];

    /// <summary>"mês passado", "ano anterior": the span word comes first.</summary>
    public static readonly string[] After = ["passado", "passada", "anterior", "pasado", "pasada"];

    public static readonly string[] MonthWords = ["mes", "meses", "month", "months"];

    /// <summary>
    /// "para o relatório anual", "para el informe mensual", "for the monthly report": how often a report is made, not a row
    /// per year or month.
    /// </summary>
    public static readonly string[][] ReportCadence =
    [
        .. from report in (string[])["relatorio", "informe", "report", "reporte", "apresentacao", "presentacion", "presentation", "reuniao", "reunion", "meeting", "fechamento", "cierre", "balanco", "resumo", "resumen", "summary", "boletim", "boletin", "painel", "tablero", "anexo", "apendice", "deck", "comite"]
           from cadence in (string[])["anual", "mensal", "mensual", "annual", "monthly", "trimestral", "quarterly", "semanal", "weekly", "semestral"]
           select (string[])[report, cadence],
        .. from cadence in (string[])["annual", "monthly", "quarterly", "weekly", "yearly"]
           from report in (string[])["report", "presentation", "meeting", "summary", "deck", "overview", "slide", "dashboard", "appendix", "annex", "newsletter", "update", "briefing"]
           select (string[])[cadence, report],
    ];

    /// <summary>Spans of months after "último(s)"/"last": month 1, quarter 3, half-year 6, year 12.</summary>
    public static readonly (string Pattern, int Months)[] Spans =
    [
        ("mes", 1), ("month", 1), ("trimestre", 3), ("tri", 3), ("quarter", 3), ("semestre", 6), ("ano", 12), ("year", 12), ("12", 12),
    ];

    /// <summary>"a nota mais comum", "the most frequent rating": with a score noun, the largest row of the distribution.</summary>
    public static readonly string[][] MostCommon =
    [
        ["mais", "comum"], ["mais", "frequente"], ["mais", "dada"], ["mais", "recebida"], ["most", "common"], ["most", "frequent"],
        ["most", "given"], ["mas", "comun"], ["mas", "frecuente"], ["mas", "dada"],
    ];

    /// <summary>"Most common", "principais": a list of themes is asked for, not a figure (see QuestionIntentClassifier).</summary>
    public static readonly string[] Ranking =
    [
        "most", "common", "comuns", "comum", "frequente", "frequentes", "frequent", "principa*", "main", "top", "biggest", "maiores", "maior", "tipos",
        "types", "kinds", "comunes", "frecuentes", "tema*", "theme*", "topic*", "assunto*", "motivo*", "resum*", "summar*",
    ];

    /// <summary>Words that frame a question without saying what to compute or about what.</summary>
    public static readonly string[] Framing =
    [
        // Portuguese
        "o", "a", "os", "as", "um", "uma", "uns", "umas", "de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "ao", "aos",
        "pelo", "pela", "pelos", "pelas", "por", "para", "pra", "com", "que", "qual", "quais", "e", "ou", "se", "ja", "foi", "foram",
        "sao", "eh", "esta", "estao", "vem", "vinha", "viene", "vienen", "gets", "get", "tem", "tinha", "tiveram", "teve", "ha", "houve", "existe*", "entre", "ate", "desde", "isso", "este",
        "esse", "essa", "isto", "nosso*", "nossa*", "meu", "minha", "seu", "sua", "seus", "suas", "me", "nos", "voce*", "eles", "elas",
        "mostre", "mostra", "mostrar", "diga", "informe", "calcule", "calcular", "gostaria", "saber", "quero", "queria", "preciso",
        "poderia", "pode", "favor", "gentileza", "obsequio", "geral", "todas", "todos", "toda", "todo", "cada", "registrad*", "recebid*", "feit*", "temos", "tivemos",
        "recebemos", "dado*", "ano", "anos", "mes", "meses", "periodo", "vez*", "mais", "menos", "sim", "nao", "como", "quanto", "quanta",
        "deram", "dada*", "dado", "atribuid*", "receberam", "dao", "dar", "obtiveram", "alguem", "algum", "alguma", "ter", "ser", "estao",
        "quais", "onde", "ficou", "fica", "ficam", "ficaram", "foi", "dentre", "delas", "deles", "dessas", "desses", "lista", "listar", "resumo",
        "muito", "muita", "muitos", "muitas", "bastante", "frequentemente", "costumam", "normalmente", "geralmente", "tambem", "ainda", "aparece", "anywhere", "throughout", "out", "solicito", "solicitamos", "solicitar", "durante", "during", "alguien", "eram", "deixad*", "highest", "lowest", "whose", "they", "them", "their", "cujo", "cuja", "cuyo", "cuya",
        "aparecem", "aparecer", "apareceu", "ambos", "ambas", "duas", "dois", "separad*",
        // "somando tudo", "out of everything": the whole, not words to look for.
        "tudo", "everything", "somando", "sumando", "summing",
        // "roughly what portion…", "end up satisfied": how the figure is asked, not what it counts.
        "roughly", "approximately", "aproximadamente", "end", "ended",
        // "shipping stuff basically", "ty": a hurried message's padding.
        "basically", "basicamente", "stuff", "ty", "thx",
        // "Necesito para mañana…", "needed by tomorrow": when the figure is due, not what it counts.
        "amanha", "manana", "tomorrow",
        // "For the board deck…", "Para el comité…", "¿Qué nota media tuvieron…?", "How are we doing…": who the figure is for, and
        // verbs of having or doing that name nothing to count.
        "board", "deck", "comite", "committee", "conselho", "consejo", "diretoria", "directorio", "ceo", "tuvieron", "tuvo", "tuvimos", "doing",
        // A request written as a BI tool's query: "row count", "filter text contains x, then…", "rango de fechas", "desglosado por año".
        "row", "rows", "text", "then", "match", "matches", "matching", "medir", "measure", "whether", "understand", "entendo", "entiendo", "rango", "range", "fecha", "fechas", "date", "dates", "desglosad*", "desglose", "created", "once", "valores", "values", "qualquer", "cualquier", "monta", "monte", "montar",
        // "quisiera saber si algún comprador escribió…"
        "quisiera", "quisieramos", "algun", "su", "sus",
        "agrupad*", "dividid*", "separated", "grouped", "split",
        // "segmento entrega versus segmento qualidade": a BI tool's name for the group a word makes.
        "segmento", "segmentos", "segment", "segments",
        // English
        "quem", "quien", "the", "an", "of", "in", "on", "at", "for", "to", "from", "by", "with", "is", "are", "was", "were", "be", "been", "do", "does",
        "did", "have", "has", "had", "there", "what", "which", "how", "much", "show", "tell", "me", "give", "please", "overall", "all",
        "each", "our", "we", "you", "i", "my", "got", "get", "received", "left", "gave", "given", "carried", "carry", "carries", "year", "years", "month", "months",
        "period", "than", "more", "less", "any", "some", "yes", "no", "many", "that", "this", "these", "those", "it", "its", "who",
        "or", "and", "among", "amongst", "often", "frequently", "usually", "really", "also", "still", "lot", "lots", "appear", "appears", "both",
        // Spanish
        "el", "la", "los", "las", "una", "del", "en", "con", "cual", "cuales", "cuanto", "es", "son", "fue", "fueron", "hay", "hubo",
        "tiene", "tienen", "desde", "hasta", "muestre", "muestra", "dime", "nuestra", "nuestro", "nuestros", "nuestras", "cada", "ano",
        "y", "o", "por", "para", "al", "lo", "se", "mas", "menos", "han", "tenemos", "recibimos", "estan", "esta", "estamos", "tan", "tal", "necesito", "necesitamos",
        "mucho", "mucha", "muchos", "muchas", "frecuentemente", "suelen", "tambien", "todavia", "aparecen", "alguno", "alguna", "algunos",
        "algunas", "aparecio", "surgio",
        // More Portuguese and English framing
        "surgiu", "surge", "surgem", "passar", "over", "across", "between", "anyone", "anybody", "someone", "somebody", "written", "wrote",
        "used", "usado", "usada", "usaram", "escreveu", "escreveram", "escrito", "escrita",
        // "Pegando só quem escreveu 'x', qual a fatia…?": taking only some of the reviews.
        "pegando", "considerando", "olhando", "considering", "looking", "mirando",
        // "com exatamente duas estrelas", "is it getting better": neither names what the reviews say.
        "exatamente", "exactly", "exactamente", "getting", "dentro", "come", "comes",
        // "el año 2018 completo", "dame el recuento".
        "completo", "completa", "entero", "entera", "dame",
        // "série mês a mês do % de positivas": a series frames the table that "mês a mês" asks for.
        "serie", "series",
        // "qual dos dois termos…", "the words 'x' and 'y'": what the quoted words are.
        "termos", "terms", "palavras", "words", "palabras", "terminos",
        // Fillers of spoken Portuguese ("tipo de janeiro a março, sabe"), tag questions ("…, confere?", "…, right?") and the
        // labels of a request written as a form ("métrica: nota média / período: 2T18 / filtro: nenhum").
        "tipo", "sabe", "ai", "ne", "entao", "pro", "confere", "certo", "correto", "right", "verdad", "dashboard", "painel", "metrica*",
        "metric*", "filtro*", "filter*", "nenhum", "nenhuma", "none", "ninguem", "nobody", "nadie", "ninguno", "inteira", "inteiro",
        "entire", "whole", "entera", "entero", "tabela", "table", "tabla", "preencha", "complete", "completa", "fill",
        // Verbs of saying and using around a quoted word ("dizem que não 'funciona'", "usam a palavra 'x'").
        "dizem", "dizer", "diz", "dicen", "usou", "usaron", "usam", "usan", "using",
        // Requests written as a ticket ("Verificar se…", "Critério de aceite: considerar apenas…", "Resultado esperado:").
        "verificar", "verifique", "verifica", "check", "confirm*", "responder", "responda", "answer", "criterio*", "aceite", "resultado",
        "esperado", "considerar", "considere", "apenas", "somente", "only", "inclusive", "included", "incluidos", "incluidas", "zero", "mim",
        "mencoes", "mencao", "mentions", "menciones", "pega", "pegue", "depois", "so", "acima", "abaixo", "above", "below", "encima", "debajo",
        "donde", "where", "decir", "podeis", "podes", "poderias", "pueden", "puede", "podrias", "podria", "podrian", "puedes", "break", "down",
        "grupo", "grupos", "group", "groups", "acumulo", "acumulou", "acumularam", "acumularon", "juntou", "juntaram",
        // "ao longo do 1T18", "a lo largo de 2018": during, not over time (which "ao longo do tempo" says).
        "longo", "largo",
        // "treating 2017 and 2018 as one block, a count for every star level"
        "treating", "tratando", "level", "levels", "sit", "sits", "landed",
        // "cuántas reseñas entraron en 2018", "quantas deixaram nota 5": how the reviews arrived or were given (in the plural: "qual
        // nota essa pessoa deu?" is about one review).
        "dieron", "entraram", "entraron", "entram", "tuvimos", "calificaron", "pusieron", "deixaram", "dejaron",
        // "reviews that use the word", "avaliações que trazem 'x'", "me passa a distribuição", "¿qué tanto por ciento…?", "si tomo
        // las opiniones…", "do customers ever…", "what does the breakdown look like", "sobre el total", "para o slide da diretoria".
        "use", "uses", "trazem", "traz", "trazendo", "passa", "tanto", "si", "tomo", "sale", "ever", "like", "look", "sobre",
        "quer", "pensando", "fechando", "relatorio", "diretoria", "grafico", "slide", "deck",
        // "quantas chegaram em 2018", "how many came in", "como se dividem/espalham as notas", "quebra/abre/separa por nota", "como
        // fechou 2017", the asker's own words ("estou montando…", "mi jefa quiere…", "for us", "what's").
        "chegaram", "chegam", "llegaron", "came", "dividem", "espalham", "quebra", "separa", "abre", "fechou", "fechar", "fechamento",
        "mi", "un", "us", "eu", "estou", "quienes", "texto", "textos", "acompanhar", "solo", "whats", "corresponde", "montar", "consegue",
        "if", "quiere", "tomando", "barras", "variando", "diretor", "gerente", "jefa", "jefe", "conferir", "plot", "track", "shows", "incluye",
        "putting", "preparing", "prepping", "preparando",
        "quedan", "quedaron", "queda", "quedo", "andam", "andaram", "anda", "andou", "andan", "ando", "bring", "brings", "brought", "up", "ones", "can", "could", "would", "will", "ver", "see", "quiero", "necesito", "need", "want", "wanted",
        "numa", "num", "nesta", "neste", "nessa", "nesse", "desta", "deste", "dessa", "desse",
        // A figure heard and asked to be checked: "me disseram que…", "un gerente cree haber leído…", "I read that…, is that right?".
        // ("confirm*", "verificar", "certo", "right", "verdad" are above.)
        "disseram", "dijeron", "told", "acho", "achei", "creo", "cree", "creem", "think", "thought", "believe", "haber", "leido", "lido",
        "li", "read", "vi", "saw", "seen", "vio", "viu", "ouvi", "heard", "escuche", "verify", "checar", "comprobar", "correct", "corrigir",
        "corregir", "cierto", "verdade",
        // "exact figure", "a média exata", "la cifra exacta" ("exactly", "exatamente", "exactamente" are above).
        "exact", "precise", "precisely", "exato", "exata", "exatos", "exatas", "exacto", "exacta",
    ];

    /// <summary>Greetings before a question ("Bom dia! Quantas…"): taken first, so that "boa" in "boa tarde" is not a score.</summary>
    public static readonly string[][] Greetings =
    [
        ["bom", "dia"], ["boa", "tarde"], ["boa", "noite"], ["boa", "madrugada"], ["ola"], ["oi"], ["good", "morning"], ["good", "afternoon"],
        ["good", "evening"], ["hello"], ["hi"], ["hey"], ["buenos", "dias"], ["buenas", "tardes"], ["buenas", "noches"], ["hola"],
        ["epa"], ["opa"], ["oye"], ["che"], ["ey"], ["mano"], ["eita"], ["vei"], ["wepa"],
    ];

    private static readonly string[][] All =
    [
        Count, Share, Average, Distribution, Trend, Compare, TermCues, Population, Ranking, ScoreNouns, Negative, Neutral, Positive, Months,
        MonthsEnglish, MonthsSpanish, Last, MonthWords, Framing, ["trimestre", "quarter", "semestre", "trimestral"], Comparative, Change, Improvement,
        Satisfied, Dissatisfied, Within, Recent, ["cento", "cent", "ciento"],
    ];

    /// <summary>Full words a misspelling is corrected to (long enough that one edit cannot come from another word).</summary>
    public static readonly IReadOnlyList<string> CorrectionTargets =
    [
        "quantas", "quantos", "quantidade", "proporcao", "porcentagem", "percentual", "percentagem", "distribuicao", "evolucao", "participacao",
        "avaliacoes", "avaliacao", "negativas", "negativos", "positivas", "positivos", "neutras", "estrelas", "estrela", "comentarios",
        "reclamacoes", "reclamacao", "reclamam", "mencionam", "clientes", "comparacao", "compare", "trimestre", "semestre", "ultimo",
        "ultimos", "reviews", "percentage", "proportion", "average", "distribution", "negative", "positive", "customers", "complaints",
        "mention", "cuantas", "cuantos", "porcentaje", "promedio", "resenas", "valoraciones", "estrellas", "janeiro", "fevereiro",
        "setembro", "outubro", "novembro", "dezembro", "marco", "abril", "junho", "julho", "agosto", "january", "february", "march",
        "april", "august", "september", "october", "november", "december", "enero", "febrero", "marzo", "junio", "julio", "septiembre",
        "octubre", "noviembre", "diciembre", "media", "monthly", "mensal", "mencionou", "mencionaram", "menciona", "mentioned",
        "mentions", "average", "rating", "ratings", "numero", "fraction", "share", "shares", "abaixo", "acima", "breakdown", "total", "debajo",
        "encima", "satisfechos", "yearly", "trend", "tendencia", "distribucion", "neutros", "neutrales", "scores", "percent", "porcentaje",
        "compared", "between", "quantity", "cantidad", "mensual", "evolution", "evolucion", "complaint", "reclamos", "quejas", "number", "proporcion",
        "elogios", "typical", "many", "much", "nota", "notas", "month", "months", "favor",
        // Verbs that say what is talked about: "flaram de atrasos".
        "falaram", "hablaron", "mencionan", "citaram", "comentaram",
    ];

    public static bool IsKnown(string word) => All.Any(list => list.Any(p => QuestionWords.Matches(word, p)));
}
