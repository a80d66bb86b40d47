using V = RagQa.Core.Analytics.AnalysisVocabulary;

namespace RagQa.Core.Analytics;

/// <summary>
/// What a question sets aside: "sem contar as de 5 estrelas", "tirando dezembro", "excluding 2016", "deixando 2016 de
/// lado", "fora as neutras", "sin contar el último trimestre", "leaving out the neutral ones". The words after an
/// exclusion cue are read on their own by the same readers as the rest (scores, periods); when they start with a score or
/// a period, that is the exclusion, and those words, with the cue, are taken before the rest of the question is read —
/// so "as de 5 estrelas" set aside is not read as the reviews asked about.
/// </summary>
public static class ExclusionReader
{
    private static readonly string[][] Cues =
    [
        ["deixando", "de", "fora"], ["deixando", "de", "lado"], ["deixando", "fora"], ["dejando", "fuera"], ["dejando", "de", "lado"], ["dejando", "aparte"],
        ["leaving", "aside"], ["putting", "aside"], ["sem", "contar"], ["tiro", "da", "conta"], ["tirando", "da", "conta"], ["tirar", "da", "conta"], ["nao", "contando"], ["tirando"], ["excluindo"], ["exceto"], ["excetuando"], ["fora"], ["afora"], ["descontando"],
        ["desconsiderando"], ["ignorando"], ["com", "excecao", "de"], ["a", "excecao", "de"], ["salvo"], ["retirando"], ["removendo"],
        ["sin", "contar"], ["no", "contando"], ["excluyendo"], ["excepto"], ["quitando"], ["sacando"], ["fuera", "de"], ["aparte", "de"],
        ["a", "excepcion", "de"], ["con", "excepcion", "de"], ["sin"], ["without"],
        ["excluding"], ["except", "for"], ["except"], ["other", "than"], ["apart", "from"], ["aside", "from"], ["not", "counting"],
        ["without", "counting"], ["ignoring"], ["leaving", "out"], ["setting", "aside"], ["omitting"], ["minus"], ["disregarding"],
        // Asked for: "please exclude 3-star reviews", "exclua as de 5 estrelas", "excluye las neutras", "don't count 2016".
        ["exclude"], ["excluir"], ["exclua"], ["excluya"], ["excluye"], ["leave", "out"], ["ignore"], ["ignora"], ["don", "t", "count"],
        ["do", "not", "count"], ["nao", "conte"], ["nao", "contar"], ["no", "cuentes"], ["no", "contar"], ["desconsidere"], ["desconsidera"],
    ];

    /// <summary>"deixando 2016 de lado", "dejando fuera agosto", "leaving the neutral ones out": a verb that needs its closer.</summary>
    private static readonly HashSet<string> Openers = ["deixando", "dejando", "leaving", "setting", "pondo", "poniendo", "putting"];

    private static readonly string[][] Closers =
    [
        ["fora", "da", "conta"], ["fuera", "de", "la", "cuenta"], ["de", "lado"], ["de", "fora"], ["fora"], ["fuera"], ["aparte"], ["a", "un", "lado"],
        ["out"], ["aside"],
    ];

    /// <summary>"with the 2016 rows dropped", "com 2016 excluído": what is set aside said between "with" and a past participle.</summary>
    private static readonly HashSet<string> WithOpeners = ["with", "com", "con"];

    private static readonly string[][] Participles =
    [
        ["dropped"], ["removed"], ["excluded"], ["omitted"], ["taken", "out"], ["left", "out"], ["set", "aside"], ["de", "fora"], ["filtered", "out"],
        ["excluido"], ["excluida"], ["excluidos"], ["excluidas"], ["removido"], ["removida"], ["removidos"], ["removidas"],
    ];

    /// <summary>Words between the cue and what it sets aside, or inside it, that say nothing themselves.</summary>
    private static readonly HashSet<string> Fillers =
    [
        "as", "os", "a", "o", "the", "las", "los", "el", "la", "lo", "de", "das", "dos", "del", "da", "do", "for", "those", "ones", "aquelas",
        "aqueles", "aquellas", "aquellos", "com", "with", "con", "que", "that", "tem", "have", "tienen", "em", "in", "en", "no", "na", "of", "any",
        // "dejando fuera el año 2016", "excluding the year 2016"
        "ano", "year",
        // "deixando o pouco que há de 2016 fora da conta", "with the handful of 2016 rows dropped"
        "pouco", "poco", "ha", "hay", "handful", "few",
    ];

    /// <summary>The words read after a cue at most; an exclusion is a short phrase.</summary>
    private const int MaxWords = 7;

    /// <summary>
    /// The first exclusion in the question, its words taken; null when there is none (or its words name no score or
    /// period: "fora do prazo" is a late delivery, not an exclusion). A month without a year is that month of every year:
    /// within the year the question names ("tirando dezembro, … em 2017") it is that year's.
    /// </summary>
    public static ReviewCondition? Read(QuestionWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var w = words.Words;
        for (var i = 0; i < w.Count; i++)
        {
            if (words.IsUsed(i) || words.IsQuoted(i)) continue;
            var phrase = Cues.FirstOrDefault(c => words.MatchesAt(i, c));
            var withParticiple = phrase is null && WithOpeners.Contains(w[i]);
            var cue = phrase?.Length ?? (withParticiple || Openers.Contains(w[i]) ? 1 : 0);
            if (cue == 0 || words.EndsClause(i + cue - 1)) continue;
            if (ReadAfter(words, i, cue, withParticiple ? Participles : Closers, needsCloser: phrase is null) is { } excluded) return excluded;
        }
        return null;
    }

    private static ReviewCondition? ReadAfter(QuestionWords words, int cueAt, int cueLength, string[][] closers, bool needsCloser)
    {
        var w = words.Words;
        var first = cueAt + cueLength;
        var last = Math.Min(w.Count, first + MaxWords) - 1;
        for (var k = first; k < last; k++)
        {
            if (words.EndsClause(k) || words.IsQuoted(k)) last = k;
        }
        if (first > last || Enumerable.Range(first, last - first + 1).Any(k => words.IsUsed(k) || words.IsQuoted(k))) return null;
        var span = new QuestionWords(string.Join(' ', words.Written.Skip(first).Take(last - first + 1)));
        if (span.Words.Count != last - first + 1) return null;
        var scores = ScoreReader.Read(span);
        var periods = PeriodReader.Read(span, []);
        // What is set aside starts right after the cue and runs while the readers used its words (or they say nothing).
        var (end, said) = (-1, -1);
        for (var k = 0; k < span.Words.Count; k++)
        {
            if (span.IsUsed(k)) end = k;
            else if (!Fillers.Contains(span.Words[k]) && !V.Population.Any(p => QuestionWords.Matches(span.Words[k], p))) break;
            said = k;
        }
        if (end < 0 || scores.Count > 1 || periods.Count > 1 || Enumerable.Range(end + 1, span.Words.Count - end - 1).Any(span.IsUsed)) return null;
        var closer = closers.FirstOrDefault(c => words.MatchesAt(first + end + 1, c))?.Length ?? 0;
        // "leaving the 3-star reviews out": the closer may follow the reviews' noun after what is set aside.
        if (closer == 0 && closers.FirstOrDefault(c => words.MatchesAt(first + said + 1, c)) is { } late)
        {
            (end, closer) = (said, late.Length);
        }
        if (needsCloser && closer == 0) return null;
        words.Use(cueAt, first + end + 1 + closer - cueAt);
        return new ReviewCondition(scores.Count == 1 ? scores[0].Range : null, periods.Count == 1 ? periods[0].Period : null);
    }
}
