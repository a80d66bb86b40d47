using RagQa.Core.Answering;
using V = RagQa.Core.Analytics.AnalysisVocabulary;

namespace RagQa.Core.Analytics;

/// <summary>
/// Score ranges stated in a question, in the order they appear: "negativas" (1–2), "neutras" (3), "positivas" (4–5),
/// "5 estrelas", "nota 1 ou 2", "de 1 a 3 estrelas", "acima de 3", "pelo menos 4 estrelas", "4 stars or more".
/// </summary>
public static class ScoreReader
{
    /// <summary>Bounds said before the number or after it: "pelo menos 4 estrelas", "4 estrelas pelo menos".</summary>
    private static readonly string[][] AtLeastEitherSide = [["pelo", "menos"], ["no", "minimo"], ["at", "least"], ["al", "menos"], ["como", "minimo"], ["por", "lo", "menos"]];
    private static readonly string[][] AtMostEitherSide = [["no", "maximo"], ["at", "most"], ["como", "maximo"], ["como", "mucho"], ["a", "lo", "sumo"], ["at", "the", "most"]];
    private static readonly string[][] Above = [["acima", "de"], ["mais", "de"], ["maior", "que"], ["maiores", "que"], ["maior", "do", "que"], ["mayor", "a"], ["superior", "a"], ["above"], ["more", "than"], ["over"], ["higher", "than"], ["greater", "than"], ["mas", "de"], ["mayor", "que"], ["por", "encima", "de"]];
    private static readonly string[][] Below = [["abaixo", "de"], ["menos", "de"], ["menor", "que"], ["menores", "que"], ["menor", "do", "que"], ["menor", "a"], ["inferior", "a"], ["below"], ["less", "than"], ["under"], ["lower", "than"], ["por", "debajo", "de"],
        // "as que não chegam a 4 estrelas", "las que no llegan a cuatro estrellas", "short of four stars": below it.
        ["nao", "chegam", "a"], ["nao", "chega", "a"], ["no", "llegan", "a"], ["no", "llega", "a"], ["short", "of"]];
    private static readonly string[][] AtLeast = [["maior", "ou", "igual", "a"], ["igual", "ou", "maior", "que"], ["igual", "ou", "superior", "a"], ["igual", "o", "superior", "a"], ["igual", "o", "mayor", "que"], ["greater", "than", "or", "equal", "to"], ["mayor", "o", "igual", "a"], ["a", "partir", "de"], ["partir", "de"], ["desde"], ["not", "less", "than"], ["no", "less", "than"],
        .. AtLeastEitherSide, ["no", "fewer", "than"], ["not", "below"], ["not", "under"], ["no", "lower", "than"], ["not", "lower", "than"], ["nao", "menos", "de"], ["no", "menos", "de"]];
    private static readonly string[][] AtMost = [["menor", "ou", "igual", "a"], ["igual", "ou", "menor", "que"], ["igual", "ou", "inferior", "a"], ["igual", "o", "inferior", "a"], ["igual", "o", "menor", "que"], ["less", "than", "or", "equal", "to"], ["menor", "o", "igual", "a"], ["up", "to"], ["ate"], ["hasta"], ["not", "more", "than"], ["no", "more", "than"],
        .. AtMostEitherSide, ["not", "over"], ["not", "above"], ["no", "higher", "than"], ["not", "higher", "than"], ["nao", "mais", "de"], ["nao", "mais", "que"], ["no", "mas", "de"], ["no", "mas", "que"]];
    /// <summary>Open ends said after the number, "4 ou mais", "3 estrelas pelo menos".</summary>
    private static readonly string[][] OrMore =
        [["ou", "mais"], ["or", "more"], ["o", "mas"], ["para", "cima"], ["pra", "cima"], ["para", "arriba"], ["or", "higher"], ["ou", "acima"], ["and", "up"], ["and", "above"], ["or", "above"],
         .. AtLeastEitherSide];
    /// <summary>"2 ou menos", "3 estrellas como mucho", "2 stars at most".</summary>
    private static readonly string[][] OrLess =
        [["ou", "menos"], ["or", "less"], ["or", "fewer"], ["o", "menos"], ["para", "baixo"], ["pra", "baixo"], ["para", "abajo"], ["or", "lower"], ["ou", "abaixo"], ["and", "below"], ["or", "below"],
         .. AtMostEitherSide];
    /// <summary>"4 ou mais", "2 or fewer": the open ends said after a number.</summary>
    private static readonly (string[][] Phrases, Func<int, ScoreRange> Make)[] OpenEnds =
        [(OrMore, x => new ScoreRange(x, 5)), (OrLess, x => new ScoreRange(1, x))];

    /// <summary>The reviews' own nouns, after which a lone digit is their score ("avaliações 5 em 2018").</summary>
    private static readonly string[] ReviewNouns = ["avaliac*", "review", "reviews", "resena*", "valoracion*"];

    /// <summary>Words that may follow a review's score said without its noun: a period, a condition, the end of the question.</summary>
    private static readonly HashSet<string> AfterReviewScore =
        ["em", "in", "en", "no", "na", "nos", "nas", "do", "da", "de", "del", "durante", "during", "por", "per", "que", "that", "since", "desde"];

    /// <summary>"q % son 4-5", "how many are 1 or 2": the reviews said to be scores, with no noun.</summary>
    private static readonly HashSet<string> ArePlural = ["sao", "son", "are", "foram", "fueron", "were"];

    /// <summary>Verbs a score is given with ("deu 5", "gave 1").</summary>
    private static readonly HashSet<string> GiveVerbs = ["deu", "deram", "dao", "dava", "davam", "gave", "give", "gives", "dio", "dieron", "dan", "daban", "rated"];

    private static readonly string[] Between = ["a", "e", "ou", "to", "and", "or", "y", "o", "ate", "hasta", "through", "thru"];

    /// <summary>The article before the second number of a range ("da nota 1 até a 5", "de la 1 hasta la 5").</summary>
    private static readonly HashSet<string> Articles = ["a", "o", "la", "el", "the"];

    /// <summary>The bounds that say a score without its noun ("ficou abaixo de 3"); "mais de 3" may be a count of anything.</summary>
    private static readonly HashSet<string> BoundsWithoutNoun = ["acima", "abaixo", "above", "below", "por"];

    /// <summary>Words before a singular noun that make it many: "algum cliente", "every customer", "nosso cliente" (the customers at large).</summary>
    private static readonly HashSet<string> Quantifiers =
        ["algum", "alguma", "algun", "alguno", "alguna", "any", "some", "nenhum", "nenhuma", "ningun", "ninguno", "ninguna", "cada", "every", "each", "todo", "toda",
         "nosso", "nossa", "our", "nuestro", "nuestra"];

    private static readonly string[] ReviewsBeforeBound = [.. ReviewNouns, "rating", "ratings", "opinio*"];

    private static readonly HashSet<string> Copulas = ["foram", "foi", "e", "es", "esta", "fica", "queda", "sao", "estao", "ficaram", "ficou", "were", "are", "was", "is", "fueron", "fue", "son", "estan", "quedaron"];

    private static readonly HashSet<string> AfterBareScore =
        ["em", "no", "na", "in", "de", "do", "da", "e", "ou", "and", "or", "y", "en", "o", "entre", "among", "nas", "nos", "das", "dos", "of", "para", "for"];

    /// <summary>
    /// "Qual fração das avaliações de junho ficou abaixo de 3?": a bound and a lone number 2–4 that ends the question or its
    /// clause ("acima de 3 dias" is not a score). Read when no score was found with its noun.
    /// </summary>
    public static (ScoreRange Range, string Label)? ReadBareBound(QuestionWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var w = words.Words;
        var bounds = Above.Select(p => (Phrase: p, Make: (Func<int, ScoreRange>)(n => new ScoreRange(n + 1, 5))))
            .Concat(Below.Select(p => (Phrase: p, Make: (Func<int, ScoreRange>)(n => new ScoreRange(1, n - 1)))))
            .Where(b => BoundsWithoutNoun.Contains(b.Phrase[0]));
        // "reseñas de cuatro para arriba", "avaliações de 4 pra baixo", "ratings 4 and up": an open range with no score noun,
        // right after the reviews' noun.
        for (var i = 1; i + 1 < w.Count; i++)
        {
            var nounAt = w[i - 1] is "de" or "com" or "con" or "with" or "from" or "of" ? i - 2 : i - 1;
            if (nounAt < 0 || words.IsUsed(i) || NumberWords.Of(w[i]) is not (>= 1 and <= 5 and var open)
                || !ReviewsBeforeBound.Any(p => QuestionWords.Matches(w[nounAt], p))) continue;
            foreach (var (phrases, make) in OpenEnds)
            {
                if (phrases.FirstOrDefault(p => words.MatchesAt(i + 1, p)) is not { } phrase) continue;
                words.Use(nounAt + 1, i + phrase.Length - nounAt);
                var range = make(open);
                return (range, Label(range));
            }
        }
        foreach (var (phrase, make) in bounds)
        {
            var at = words.Find(phrase);
            var n = at + phrase.Length;
            if (at < 0 || n >= w.Count || w[n].Length != 1 || w[n][0] is < '2' or > '4' || words.IsUsed(n)) continue;
            // "ratings below 3 came in during…": right after the reviews' noun the number is their score, whatever follows.
            var afterReviews = at > 0 && ReviewsBeforeBound.Any(p => QuestionWords.Matches(w[at - 1], p));
            if (n + 1 < w.Count && !AfterBareScore.Contains(w[n + 1]) && !afterReviews) continue;
            if (!afterReviews && ComparesTheAverage(w, at)) continue;
            words.Use(at, phrase.Length + 1);
            var range = make(w[n][0] - '0');
            return (range, Label(range));
        }
        return null;
    }

    /// <summary>
    /// "Was the average rating of Q1 2017 above 4?", "a média de 2017 ficou acima de 4?": a bound after the average, with
    /// nothing between that puts it on the reviews ("…das avaliações que ficaram acima de 3", "average of reviews rated
    /// above 3"), compares the figure with a number; it is not a score range.
    /// </summary>
    private static bool ComparesTheAverage(IReadOnlyList<string> w, int bound)
    {
        var average = Enumerable.Range(0, bound).LastOrDefault(i => AnalysisVocabulary.Average.Any(p => QuestionWords.Matches(w[i], p)), -1);
        if (average < 0) return false;
        // "average score", "nota média" (the noun before it is not in between): the average's own score word.
        var from = average + 1 < bound && ScoreNouns.Any(p => QuestionWords.Matches(w[average + 1], p)) ? average + 2 : average + 1;
        return !Enumerable.Range(from, bound - from).Any(i => BoundOnTheReviews.Any(p => QuestionWords.Matches(w[i], p)) || ScoreNouns.Any(p => QuestionWords.Matches(w[i], p)));
    }

    /// <summary>Words that make a bound after the average the reviews' own: a relative clause, a verb of rating (and <see cref="ScoreNouns"/>).</summary>
    private static readonly string[] BoundOnTheReviews = ["que", "that", "which", "who", "with", "com", "con", "cuj*", "whose", "avaliad*", "calificad*"];

    /// <summary>The score nouns, and "rating", which elsewhere names the reviews themselves ("ratings below 3").</summary>
    private static readonly string[] ScoreNouns = [.. V.ScoreNouns, "rating", "ratings"];

    public static IReadOnlyList<(ScoreRange Range, string Label)> Read(QuestionWords words) => Read(words, out _);

    /// <param name="satisfaction">Whether a range came from the customers' satisfaction ("clientes satisfeitos").</param>
    public static IReadOnlyList<(ScoreRange Range, string Label)> Read(QuestionWords words, out bool satisfaction)
    {
        var found = new List<(int At, ScoreRange Range)>();
        for (var i = 0; i < words.Words.Count; i++)
        {
            if (words.IsUsed(i)) continue;
            if (ReadNumbered(words, i) is { } numbered) found.Add(numbered);
        }
        if (found.Count > 0) ReadElided(words, found);
        var fromNumbers = found.Count;
        ReadExtreme(words, found);
        ReadQuality(words, V.Negative, new ScoreRange(1, 2), found);
        ReadQuality(words, V.Neutral, new ScoreRange(3, 3), found);
        ReadQuality(words, V.Positive, new ScoreRange(4, 5), found);
        var before = found.Count;
        ReadSatisfaction(words, V.Dissatisfied, new ScoreRange(1, 2), found);
        ReadSatisfaction(words, V.Satisfied, new ScoreRange(4, 5), found);
        satisfaction = found.Count > before;
        for (var f = 0; f < found.Count; f++)
        {
            if (NegationBefore(words, found[f].At) is not { } negation || Complement(found[f].Range) is not { } other) continue;
            // "aren't": the auxiliary goes with its "t".
            if (words.Words[negation] == "t") words.Use(negation - 1, 2);
            else words.Use(negation);
            found[f] = (found[f].At, other);
        }
        DropNamedAgain(words, found, fromNumbers);
        DropTakenBack(words, found);
        return found.OrderBy(f => f.At).Select(f => (f.Range, Label(f.Range))).DistinctBy(f => f.Item2).ToList();
    }

    /// <summary>
    /// "quantas ficaram com 4 ou 5 estrelas e quantas com 1 ou 2?", "how many 5-star reviews and how many 1?": a second
    /// count asked with its score noun left out, after a range said with one. The numbers must end the clause.
    /// </summary>
    private static void ReadElided(QuestionWords words, List<(int At, ScoreRange Range)> found)
    {
        var w = words.Words;
        int? Digit(int k) => k < w.Count && !words.IsUsed(k) && w[k].Length == 1 && w[k][0] is >= '1' and <= '5' ? w[k][0] - '0' : null;
        bool EndsClause(int k) => k >= w.Count || words.EndsClause(k - 1) || AfterBareScore.Contains(w[k]);
        for (var c = found.Min(f => f.At) + 1; c < w.Count; c++)
        {
            var count = w[c] is "quantas" or "quantos" or "cuantas" or "cuantos" ? 1 : w[c] == "how" && c + 1 < w.Count && w[c + 1] == "many" ? 2 : 0;
            if (count == 0) continue;
            var at = c + count;
            if (at < w.Count && w[at] is "com" or "de" or "with" or "con" or "the" or "those" or "as" or "os" or "las" or "los") at++;
            if (Digit(at) is not { } low) continue;
            var (high, end) = at + 2 < w.Count && Between.Contains(w[at + 1]) && Digit(at + 2) is { } second ? (second, at + 3) : (low, at + 1);
            if (!EndsClause(end) || high < low) continue;
            words.Use(at, end - at);
            found.Add((at, new ScoreRange(low, high)));
        }
    }

    private static readonly HashSet<string> AppositionFillers = ["de", "com", "of", "with", "con", "os", "as", "the", "those", "los", "las", "el", "la", "o", "a"];

    /// <summary>
    /// "Cliente furioso, nota 1", "avaliações negativas, de nota 1", "as positivas com 5 estrelas": a quality word and, right
    /// next to it, scores within its range are one group, the scores (not two groups to compare). The first
    /// <paramref name="numbered"/> of <paramref name="found"/> were read from numbers.
    /// </summary>
    private static void DropNamedAgain(QuestionWords words, List<(int At, ScoreRange Range)> found, int numbered)
    {
        bool Next(int a, int b) => Math.Abs(a - b) <= 4
            && Enumerable.Range(Math.Min(a, b) + 1, Math.Abs(a - b) - 1).All(k => AppositionFillers.Contains(words.Words[k]) || V.ScoreNouns.Any(p => QuestionWords.Matches(words.Words[k], p)));
        bool Within(ScoreRange inner, ScoreRange outer) => inner.Min >= outer.Min && inner.Max <= outer.Max;
        for (var q = found.Count - 1; q >= numbered; q--)
        {
            var quality = found[q];
            if (found.Take(numbered).Any(n => Next(n.At, quality.At) && Within(n.Range, quality.Range))) found.RemoveAt(q);
        }
    }

    /// <summary>"% de 4 estrellas, perdón, quise decir 5 estrellas", "4-5 stars…, sorry i meant 5 stars only": a score taken back.</summary>
    private static void DropTakenBack(QuestionWords words, List<(int At, ScoreRange Range)> found)
    {
        found.Sort((a, b) => a.At.CompareTo(b.At));
        for (var i = found.Count - 2; i >= 0; i--)
        {
            if (PeriodReader.TakenBackAt(words, found[i].At, found[i + 1].At) is not { } cue) continue;
            words.Use(cue, found[i + 1].At - cue);
            found.RemoveAt(i);
        }
    }

    /// <summary>What "n't" is written after ("aren't", "didn't"), the word before the lone "t" the folding leaves.</summary>
    private static readonly HashSet<string> ContractedAuxiliaries = ["aren", "weren", "isn", "wasn", "don", "didn", "doesn", "haven", "hasn"];

    /// <summary>
    /// Where the negation of the scores read at <paramref name="at"/> is: right before them ("avaliações não negativas",
    /// "not positive") or before the verb that says them ("NÃO são positivas", "no tienen nota 5", "aren't negative");
    /// null when there is none. A Spanish "no" counts only before a verb: in Portuguese it is "in the".
    /// </summary>
    private static int? NegationBefore(QuestionWords words, int at)
    {
        var w = words.Words;
        var k = at - 1;
        var verb = k >= 0 && (Copulas.Contains(w[k]) || V.HaveVerbs.Contains(w[k]) || GiveVerbs.Contains(w[k]));
        if (verb) k--;
        if (k < 0 || words.IsUsed(k) || words.IsQuoted(k)) return null;
        var negation = w[k] is "nao" or "not" || w[k] == "no" && verb || w[k] == "t" && k > 0 && ContractedAuxiliaries.Contains(w[k - 1]);
        return negation ? k : null;
    }

    /// <summary>The other scores of the 1–5 scale when they are one range (not 4–5 is 1–3; not 3 is two ranges: null).</summary>
    public static ScoreRange? Complement(ScoreRange range) => range switch
    {
        { Min: null } or { Max: null } or { Min: 1, Max: 5 } => null,
        { Min: 1 } => new ScoreRange(range.Max + 1, 5),
        { Max: 5 } => new ScoreRange(1, range.Min - 1),
        _ => null,
    };

    public static string Label(ScoreRange range) => range.Min == range.Max ? $"{range.Min}" : $"{range.Min}-{range.Max}";

    /// <summary>A range around a number next to a score noun, read from position <paramref name="i"/>; the words are marked used.</summary>
    private static (int At, ScoreRange Range)? ReadNumbered(QuestionWords words, int i)
    {
        var w = words.Words;
        bool IsNoun(int k) => k >= 0 && k < w.Count && V.ScoreNouns.Any(p => QuestionWords.Matches(w[k], p));
        int? Number(int k) => k >= 0 && k < w.Count && NumberWords.Of(w[k]) is { } n && n is >= 1 and <= 5 ? n : null;
        // After a score noun: a digit, or a number word that is not also an article ("nota de uma avaliação", Spanish "dos").
        bool Score(int k) => k < w.Count && (w[k].Length == 1 || w[k] is "dois" or "duas" or "two" or "tres" or "three" or "quatro" or "four" or "cuatro" or "cinco" or "five");

        // "alguém que deu 5", "quantos deram 4 ou 5", "who gave 1 or 2", "q % son 4-5": a digit given is a score, with no noun.
        // ("deu 3 estrelas ou mais" is read with its noun below; "a conta deu 2.350" is an amount.)
        if (i > 0 && (GiveVerbs.Contains(w[i - 1]) || ArePlural.Contains(w[i - 1])) && w[i].Length == 1 && Number(i) is { } given
            && !(i + 1 < w.Count && (w[i + 1].All(char.IsDigit) || V.ScoreNouns.Any(p => QuestionWords.Matches(w[i + 1], p))))
            && !(i + 3 < w.Count && V.ScoreNouns.Any(p => QuestionWords.Matches(w[i + 3], p))))
        {
            var other = i + 2 < w.Count && w[i + 1] is "e" or "ou" or "or" or "and" or "y" or "o" or "a" or "to" && w[i + 2].Length == 1 ? Number(i + 2) : null;
            words.Use(i - 1, other is null ? 2 : 4);
            return (i, new ScoreRange(Math.Min(given, other ?? given), Math.Max(given, other ?? given)));
        }
        // "1 a 3 estrelas", "4 e 5 estrelas", "notas 4 e 5", "nota 1 ou 2", "entre 1 e 3"
        // "as notas ficaram em 4 ou 5": the noun a verb and a preposition before.
        var nounBefore = IsNoun(i - 1) || IsNoun(i - 2) || IsNoun(i - 3) && i >= 1 && w[i - 1] is "em" or "in" or "en" or "com" or "with" or "con";
        // "2, 3 ou 4 estrelas", "two, three or four stars": a list of neighbouring scores is their range.
        if (Number(i) is not null)
        {
            var (listed, k) = (new List<int>(), i);
            while (Number(k) is { } next && listed.Count < 5)
            {
                listed.Add(next);
                k++;
                if (k + 1 < w.Count && w[k] is "e" or "ou" or "or" or "and" or "y" or "o" && Number(k + 1) is not null) k++;
            }
            if (listed.Count >= 3 && listed.Distinct().Count() == listed.Count && listed.Max() - listed.Min() + 1 == listed.Count && (IsNoun(k) || nounBefore))
            {
                words.Use(i, k - i + (IsNoun(k) ? 1 : 0));
                if (IsNoun(i - 1)) words.Use(i - 1);
                return (i, new ScoreRange(listed.Min(), listed.Max()));
            }
        }
        // "da nota 1 até a 5", "de la 1 hasta la 5": an article before the second number.
        var article = i + 3 < w.Count && Between.Contains(w[i + 1]) && Articles.Contains(w[i + 2]) && Number(i + 3) is not null ? 1 : 0;
        // "1-5 split", "1 a 5 distribuição": every score, with no noun, is named by the split it is asked for.
        bool EveryScoreSplit(int k) => Number(i) == 1 && Number(k - 1) == 5 && k < w.Count
            && V.Distribution.Concat(V.SplitWords).Any(p => QuestionWords.Matches(w[k], p));
        if (Number(i) is { } a && i + 2 + article < w.Count && Between.Contains(w[i + 1]) && Number(i + 2 + article) is { } b
            && (IsNoun(i + 3 + article) || nounBefore || EveryScoreSplit(i + 3 + article)))
        {
            words.Use(i, (IsNoun(i + 3 + article) ? 4 : 3) + article);
            if (IsNoun(i - 1)) words.Use(i - 1);
            return (i, new ScoreRange(Math.Min(a, b), Math.Max(a, b)));
        }
        // "5 estrelas", "uma estrela" (a number word needs its noun right after it), "una sola estrella", "a single star"
        if (Number(i) is { } n && IsNoun(i + 1))
        {
            words.Use(i, 2);
            return (i, Modified(words, i, i + 2, n));
        }
        if ((Number(i) == 1 || w[i] == "a") && i + 2 < w.Count && w[i + 1] is "so" or "sola" or "solo" or "single" && IsNoun(i + 2))
        {
            words.Use(i, 3);
            return (i, new ScoreRange(1, 1));
        }
        // "the single-star ones"
        if (w[i] == "single" && IsNoun(i + 1))
        {
            words.Use(i, 2);
            return (i, new ScoreRange(1, 1));
        }
        // "4 ou mais estrelas", "4 o más estrellas", "2 or fewer stars": the open range said between the number and its noun.
        if (Number(i) is { } open)
        {
            foreach (var (phrases, make) in OpenEnds)
            {
                if (phrases.FirstOrDefault(p => i + p.Length + 1 < w.Count && p.Select((x, j) => w[i + 1 + j] == x).All(x => x) && IsNoun(i + 1 + p.Length)) is { } phrase)
                {
                    words.Use(i, phrase.Length + 2);
                    return (i, make(open));
                }
            }
        }
        // "avaliações 5 em 2018", "reviews 4 to 5?": a digit right after the reviews' own noun is their score, as after "nota",
        // when the clause ends there or a period follows ("avaliações 5 dias depois" is not a score).
        if (ReviewNouns.Any(p => QuestionWords.Matches(w[i], p)))
        {
            var k = i + 1 < w.Count && w[i + 1] is "de" or "com" or "with" or "of" or "con" ? i + 2 : i + 1;
            int? Digit(int j) => j < w.Count && !words.IsUsed(j) && w[j].Length == 1 ? Number(j) : null;
            bool Ends(int j) => j >= w.Count || words.EndsClause(j - 1) || AfterReviewScore.Contains(w[j]);
            if (Digit(k) is { } low)
            {
                if (k + 1 < w.Count && Between.Contains(w[k + 1]) && Digit(k + 2) is { } high && Ends(k + 3))
                {
                    words.Use(i + 1, k + 2 - i);
                    return (k, new ScoreRange(Math.Min(low, high), Math.Max(low, high)));
                }
                if (Ends(k + 1))
                {
                    words.Use(i + 1, k - i);
                    return (k, new ScoreRange(low, low));
                }
            }
        }
        // "nota 5", "nota igual a 5", "score of 4", "nota acima de 3"
        if (IsNoun(i) && !w[i].StartsWith("estrel", StringComparison.Ordinal) && !w[i].StartsWith("star", StringComparison.Ordinal))
        {
            var k = i + 1;
            // "nota igual a 5", "notas são 5", "score is 4", "la puntuación es 5"
            // ("nota igual ou superior a 4" keeps its "igual" for the phrase)
            while (k < w.Count && w[k] is "de" or "igual" or "a" or "of" or "com" or "do" or "sao" or "foram" or "foi" or "eh" or "is" or "are"
                       or "was" or "were" or "es" or "son" or "fue" or "fueron" or "equal" or "equals" && !(k + 1 < w.Count && w[k + 1] is "ou" or "o" or "or")) k++;
            foreach (var (phrases, make) in new (string[][], Func<int, ScoreRange>)[]
                     {
                         (Above, x => new ScoreRange(x + 1, 5)), (Below, x => new ScoreRange(1, x - 1)),
                         (AtLeast, x => new ScoreRange(x, 5)), (AtMost, x => new ScoreRange(1, x)),
                     })
            {
                foreach (var phrase in phrases)
                {
                    if (k + phrase.Length < w.Count && phrase.Select((p, j) => w[k + j] == p).All(x => x) && Score(k + phrase.Length) && Number(k + phrase.Length) is { } m)
                    {
                        words.Use(i, k + phrase.Length + 1 - i);
                        return (i, make(m));
                    }
                }
            }
            // "notas de 1 a 5", "score 4 or 5", "da nota 1 até a 5"
            var the = k + 3 < w.Count && Articles.Contains(w[k + 2]) ? 1 : 0;
            if (k + 2 + the < w.Count && Score(k) && Number(k) is { } low && Between.Contains(w[k + 1]) && Score(k + 2 + the) && Number(k + 2 + the) is { } high)
            {
                words.Use(i, k + 3 + the - i);
                return (i, new ScoreRange(Math.Min(low, high), Math.Max(low, high)));
            }
            if (Score(k) && Number(k) is { } single)
            {
                // "rated 4 stars or higher": the noun after the number before the open end.
                var end = IsNoun(k + 1) ? k + 2 : k + 1;
                words.Use(i, end - i);
                return (i, Modified(words, i, end, single));
            }
        }
        return null;
    }

    /// <summary>"acima de 3 estrelas" before, "4 estrelas ou mais" after the number: an open range.</summary>
    private static ScoreRange Modified(QuestionWords words, int start, int end, int n)
    {
        var w = words.Words;
        bool EndsBefore(string[] phrase) => start - phrase.Length >= 0 && phrase.Select((p, j) => w[start - phrase.Length + j] == p).All(x => x);
        bool StartsAfter(string[] phrase) => end + phrase.Length <= w.Count && phrase.Select((p, j) => w[end + j] == p).All(x => x);
        // "da uma estrela até a cinco", "from one star up to five": the noun between the two ends of a range.
        if (RangeEndAfter(words, end) is { } rangeEnd && rangeEnd.High > n)
        {
            words.Use(end, rangeEnd.At + 1 - end);
            return new ScoreRange(n, rangeEnd.High);
        }
        // The longest phrase said: "no more than 3" is not "more than 3".
        var said = new (string[][], bool, Func<ScoreRange>)[]
            {
                (Above, true, () => new ScoreRange(Math.Min(n + 1, 5), 5)), (Below, true, () => new ScoreRange(1, Math.Max(n - 1, 1))),
                (AtLeast, true, () => new ScoreRange(n, 5)), (AtMost, true, () => new ScoreRange(1, n)),
                (OrMore, false, () => new ScoreRange(n, 5)), (OrLess, false, () => new ScoreRange(1, n)),
            }
            .SelectMany(bound => bound.Item1.Where(p => bound.Item2 ? EndsBefore(p) : StartsAfter(p)).Select(p => (Phrase: p, Before: bound.Item2, Make: bound.Item3)))
            .OrderByDescending(bound => bound.Phrase.Length).FirstOrDefault();
        if (said.Phrase is null) return new ScoreRange(n, n);
        words.Use(said.Before ? start - said.Phrase.Length : end, said.Phrase.Length);
        return said.Make();
    }

    /// <summary>"até a cinco", "up to five", "hasta la 5": the other end of a range said after its first score and noun.</summary>
    private static (int At, int High)? RangeEndAfter(QuestionWords words, int at)
    {
        var w = words.Words;
        var k = at;
        if (k < w.Count && w[k] == "up") k++;
        if (k >= w.Count || w[k] is not ("a" or "ate" or "to" or "hasta" or "through")) return null;
        k++;
        if (k + 1 < w.Count && Articles.Contains(w[k])) k++;
        return k < w.Count && !words.IsUsed(k) && NumberWords.Of(w[k]) is >= 2 and <= 5 and var high ? (k, high) : null;
    }

    /// <summary>
    /// "clientes satisfeitos", "customers are happy", "proporção de insatisfeitos": satisfaction is a score range when it
    /// is said of the customers or reviews (a noun up to three words before or after) or asked as a figure; "a esposa ficou
    /// contente?" is about one review.
    /// </summary>
    private static void ReadSatisfaction(QuestionWords words, string[] patterns, ScoreRange range, List<(int, ScoreRange)> found)
    {
        var w = words.Words;
        var figure = words.Has(V.Count) || words.Has(V.Share) || words.Has(V.Average);
        for (var i = 0; i < w.Count; i++)
        {
            // A quoted word is what reviews say ("quem escreveu 'insatisfeito'"), not how they were scored; "a satisfação
            // média", or satisfaction asked with the average ("a satisfação melhorou? quero a nota média"), is the average score.
            if (words.IsUsed(i) || words.IsQuoted(i) || !patterns.Any(p => QuestionWords.Matches(w[i], p))) continue;
            if (i + 1 < w.Count && V.Average.Contains(w[i + 1]) || i > 0 && V.Average.Contains(w[i - 1])
                || V.SatisfactionNouns.Contains(w[i]) && words.Has(V.Average))
            {
                words.Use(i);
                continue;
            }
            // "mais clientes satisfeitos (4 e 5) ou insatisfeitos": the noun may come a few words before.
            var near = Enumerable.Range(Math.Max(0, i - 6), Math.Min(6, i)).Concat(Enumerable.Range(i + 1, Math.Min(3, w.Count - i - 1)));
            // Said of many ("clientes satisfeitos", "happy people", "algum cliente satisfeito", "customer satisfaction"), not of
            // one ("happy buyer who wanted updates").
            bool OfMany(int k) => w[k].EndsWith('s') || V.Collective.Contains(w[k]) || k > 0 && Quantifiers.Contains(w[k - 1])
                || w[i].StartsWith("satisfac", StringComparison.Ordinal);
            var saidOfReviews = near.Any(k => V.Population.Any(p => QuestionWords.Matches(w[k], p)) && OfMany(k));
            if (!saidOfReviews && !figure) continue;
            words.Use(i);
            found.Add((i, range));
        }
    }

    /// <summary>"nota máxima", "highest score", "puntuación mínima": the top or bottom of the 1–5 scale; "meio-termo", its middle.</summary>
    private static void ReadExtreme(QuestionWords words, List<(int, ScoreRange)> found)
    {
        (string[][] Phrases, ScoreRange Range)[] extremes =
        [
            ([["nota*", "maxima*"], ["maxima", "nota"], ["highest", "scor*"], ["highest", "rating*"], ["top", "scor*"], ["top", "rating*"],
              ["puntuac*", "maxima"], ["nota*", "mas", "alta*"], ["estrela*", "maxima"]], new ScoreRange(5, 5)),
            ([["nota*", "minima*"], ["minima", "nota"], ["lowest", "scor*"], ["lowest", "rating*"], ["puntuac*", "minima"],
              ["nota*", "mais", "baixa*"], ["nota*", "mas", "baja*"]], new ScoreRange(1, 1)),
            ([["meio", "termo"], ["middle", "ground"], ["termino", "medio"]], new ScoreRange(3, 3)),
        ];
        foreach (var (phrases, range) in extremes)
        {
            foreach (var phrase in phrases)
            {
                var at = words.Find(phrase);
                if (at < 0) continue;
                words.Use(at, phrase.Length);
                found.Add((at, range));
            }
        }
    }

    /// <summary>A word of quality for a score: negative, neutral or positive ("ruins", "neutras", "boas").</summary>
    internal static bool IsQuality(string word) => V.Negative.Concat(V.Neutral).Concat(V.Positive).Any(p => QuestionWords.Matches(word, p));

    /// <summary>A word for the reviews, their authors or their scores.</summary>
    private static bool IsNoun(string word) => V.Population.Concat(V.ScoreNouns).Any(p => QuestionWords.Matches(word, p));

    /// <summary>Quality words: negativ-, positiv-, neutr- anywhere; the ambiguous ones ("ruins", "boas") only right after a review or score noun.</summary>
    private static void ReadQuality(QuestionWords words, string[] patterns, ScoreRange range, List<(int, ScoreRange)> found)
    {
        var w = words.Words;
        for (var i = 0; i < w.Count; i++)
        {
            if (words.IsUsed(i) || words.IsQuoted(i) || !patterns.Any(p => QuestionWords.Matches(w[i], p))) continue;
            var strong = w[i].StartsWith("negativ", StringComparison.Ordinal) || w[i].StartsWith("positiv", StringComparison.Ordinal) || w[i].StartsWith("neutr", StringComparison.Ordinal)
                || w[i].StartsWith("detra", StringComparison.Ordinal);
            var afterNoun = i > 0 && (IsNoun(w[i - 1]) || i > 1 && w[i - 1] is "mais" or "muito" or "most")
                || i + 1 < w.Count && IsNoun(w[i + 1]); // "bad reviews"
            // "quanto por cento das notas de 2018 foram baixas?": said of the noun a few words back, or of "quantas", which
            // stands for it ("Entre as avaliações de 2018, quantas em cada cem são boas?").
            var predicate = i > 1 && Copulas.Contains(w[i - 1])
                && Enumerable.Range(Math.Max(0, i - 6), Math.Min(5, i - 1)).Any(k => IsNoun(w[k]) || w[k] is "quantas" or "quantos" or "cuantas" or "cuantos" or "many");
            // "avaliações boas ou ruins?": the other side of an alternative said of the same noun a few words back.
            var alternative = i > 1 && w[i - 1] is "ou" or "or" or "o"
                && Enumerable.Range(Math.Max(1, i - 7), Math.Max(0, i - 1 - Math.Max(1, i - 7))).Any(k => IsQuality(w[k]) && IsNoun(w[k - 1]));
            // "las malas subieron", "as ruins de 2018", "the bad ones": a plural after an article stands for the reviews.
            var standsForReviews = i > 0 && w[i].EndsWith('s') && w[i - 1] is "as" or "os" or "las" or "los" or "das" or "dos" or "nas" or "nos"
                || i > 0 && w[i - 1] == "the" && i + 1 < w.Count && w[i + 1] == "ones";
            // "cuantas malas tuvimos", "quantas ruins", "how many bad": the quantifier stands for the reviews.
            var counted = i > 0 && w[i - 1] is "quantas" or "quantos" or "cuantas" or "cuantos" or "many";
            if (!strong && !afterNoun && !predicate && !alternative && !standsForReviews && !counted) continue;
            // "a nota média foi mais alta": higher than the other average, not the positive reviews.
            if (!strong && Enumerable.Range(Math.Max(0, i - 4), Math.Min(4, i)).Any(k => V.Average.Contains(w[k])))
            {
                words.Use(i);
                continue;
            }
            words.Use(i);
            found.Add((i, range));
        }
    }
}
