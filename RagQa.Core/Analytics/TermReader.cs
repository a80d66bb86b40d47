namespace RagQa.Core.Analytics;

/// <summary>
/// The words the reviews must mention: the content words right after a cue ("mencionam atraso", "reclamam de
/// defeito ou quebra", "about late delivery"), as stems (<see cref="TermStem"/>). Joined by "ou"/"or"/"o" any of
/// them counts; otherwise all of them must occur.
/// </summary>
public static class TermReader
{
    /// <summary>"the store itself", "a loja mesma": a word that only stresses the term before it.</summary>
    private static readonly string[] Itself = ["itself", "mesma", "mesmo", "misma", "mismo"];

    /// <summary>Small words that may stand between a cue and its terms, or between two terms.</summary>
    private static readonly HashSet<string> Connectors =
    [
        // Not "que": "reclamou que a geladeira veio amassada" tells one review's story, it names no term.
        "de", "do", "da", "dos", "das", "sobre", "com", "a", "o", "os", "as", "na", "no", "nas", "nos", "em", "ao", "um", "uma",
        "the", "of", "about", "with", "a", "an", "on", "el", "la", "los", "las", "del", "con", "en", "un", "acerca", "respeito",
        "palavra", "termo", "word", "term", "problema", "problemas", "problem", "problems",
        // Adverbs between the verb and its object: "reclamam muito de atraso", "often mention delays".
        "muito", "bastante", "frequentemente", "sempre", "tambem", "mucho", "often", "always", "also", "frequently",
        "mal", "bem", "badly", "well", "bien",
        // "did anyone bring up 'x'": the particle of the verb; "the store itself".
        "up", .. Itself,
        // "o produto veio quebrado", "arrived damaged": the state is the term, not the verb.
        "veio", "vieram", "chegou", "chegaram", "estava", "came", "arrived", "llego", "llegaron", "both", "ambos", "ambas",
        "was", "were", "foi", "fue", "era",
    ];

    /// <summary>"reclamações de produto quebrado": every review is about a product, so the words after it are the terms.</summary>
    private static readonly HashSet<string> Products =
        ["produto", "produtos", "product", "products", "producto", "productos", "item", "itens", "items", "pedido", "pedidos", "encomenda", "encomendas"];

    /// <summary>"talk about the loja itself": the store, like the product, is the term when nothing else follows it.</summary>
    private static readonly HashSet<string> Sellers = ["loja", "lojas", "store", "stores", "tienda", "tiendas"];

    // "u": Spanish "or" before a word that starts with o ("triste u odiei").
    private static readonly HashSet<string> Any = ["ou", "or", "o", "u"];
    private static readonly HashSet<string> Versus = ["vs", "versus", "x", "contra"];
    private static readonly HashSet<string> All = ["e", "and", "y"];

    /// <summary>"uma dessas palavras", "either word", "una de esas": any one of the words named, however they were joined.</summary>
    private static readonly string[][] EitherPhrases =
    [
        ["uma", "dessas"], ["uma", "destas"], ["uma", "delas"], ["alguma", "dessas"], ["alguma", "delas"], ["qualquer", "uma"], ["uma", "das", "duas"],
        ["either"], ["one", "of", "these"], ["one", "of", "those"], ["one", "of", "them"], ["one", "of", "the", "two"], ["any", "of", "these"], ["any", "of", "them"],
        ["una", "de", "estas"], ["una", "de", "esas"], ["alguna", "de", "estas"], ["alguna", "de", "esas"], ["cualquiera", "de"], ["una", "de", "las", "dos"],
    ];

    /// <param name="spanish">Whether "o" means "or" (Spanish) rather than "the" (Portuguese).</param>
    /// <returns>The stems, whether all must occur, and each stem's word as the question wrote it (a label for it).</returns>
    public static (IReadOnlyList<string> Stems, bool AllTerms, IReadOnlyList<string> Written) Read(QuestionWords words, bool spanish = false)
    {
        var w = words.Words;
        // 'reviews whose comments name "stark"': a question that quotes its words quotes all of them.
        var quotedOnly = Enumerable.Range(0, w.Count).Any(words.IsQuoted);
        var stems = new List<string>();
        var written = new List<string>();
        var any = false;
        var quotedAt = new List<int>();
        for (var cue = 0; cue < w.Count; cue++)
        {
            if (words.IsUsed(cue) || !AnalysisVocabulary.TermCues.Any(p => QuestionWords.Matches(w[cue], p)) && !SaidBySomeone(w, cue) || words.Written[cue] == "terminó") continue;
            var taken = new List<int>();
            int? product = null;
            for (var i = cue + 1; i < w.Count && (!words.IsUsed(i) || Versus.Contains(w[i])); i++)
            {
                if (Versus.Contains(w[i]))
                {
                    // "atraso vs produto errado": the words on both sides, compared (or, failing that, either of them).
                    if (taken.Count == 0) break;
                    any = true;
                    continue;
                }
                // Spanish "o" is "or"; so is an "o" between two quoted words ('"devolução" o "troca"', '"situação" o de "opção"',
                // '"x" o la palabra "y"': the quoted word may follow small words).
                if (w[i] == "o" && taken.Count > 0 && (spanish || words.IsQuoted(i - 1) && QuotedAfterConnectors(words, i + 1)))
                {
                    any = true;
                    continue;
                }
                if (w[i] is "nota" or "notas" && i + 1 < w.Count && w[i + 1].StartsWith("fisca", StringComparison.Ordinal))
                {
                    // "nota fiscal" is the invoice, not a score: looked for as 'fiscal'.
                    taken.Add(++i);
                    continue;
                }
                if (Connectors.Contains(w[i]) && !words.IsQuoted(i)) continue;
                if ((Products.Contains(w[i]) || Sellers.Contains(w[i])) && !words.IsQuoted(i))
                {
                    product ??= i;
                    continue;
                }
                if (IsContent(words, i) && (!quotedOnly || words.IsQuoted(i)))
                {
                    taken.Add(i);
                    continue;
                }
                if (All.Contains(w[i])) continue;
                if (Any.Contains(w[i]) && taken.Count > 0)
                {
                    any = true;
                    continue;
                }
                break;
            }
            // "mencionam o produto": the product itself is the term when nothing follows it.
            if (taken.Count == 0 && product is { } alone) taken.Add(alone);
            if (taken.Count == 0) continue;
            words.Use(cue);
            foreach (var i in taken)
            {
                if (words.IsQuoted(i)) quotedAt.Add(i);
                words.Use(i);
                Add(TermGlossary.StemOf(w[i], words.IsQuoted(i)), words.Written[i]);
            }
            // Connectors between the cue and the last term belong to the phrase, and "itself" after it.
            for (var i = cue + 1; i < taken[^1]; i++) words.Use(i);
            if (taken[^1] + 1 < w.Count && Itself.Contains(w[taken[^1] + 1])) words.Use(taken[^1] + 1);
        }
        // "drone aparece em alguma aval?", "entrega mentions per month": one word right before a verb of appearing or the noun of
        // mentions, when no cue named any.
        if (stems.Count == 0 && !quotedOnly)
        {
            for (var v = 1; v < w.Count; v++)
            {
                if (!Appears.Contains(w[v]) || words.IsUsed(v - 1) || !IsContent(words, v - 1)) continue;
                words.Use(v - 1, 2);
                Add(TermGlossary.StemOf(w[v - 1]), words.Written[v - 1]);
                break;
            }
        }
        // A quoted word is a term wherever it stands ('"atraso" aparece em quantas avaliações?').
        for (var i = 0; i < w.Count; i++)
        {
            if (words.IsUsed(i) || !words.IsQuoted(i) || !TermStem.IsValid(TermStem.Of(w[i]))) continue;
            words.Use(i);
            Add(TermGlossary.StemOf(w[i], quoted: true), words.Written[i]);
            quotedAt.Add(i);
        }
        // '"sbmarino" o la palabra "vacilei"': an "or" between two quoted terms, however each was found ("e o" is "and the").
        quotedAt.Sort();
        if (quotedAt.Zip(quotedAt.Skip(1)).Any(pair => Enumerable.Range(pair.First + 1, pair.Second - pair.First - 1)
            .Any(k => Any.Contains(w[k]) && !(w[k] == "o" && All.Contains(w[k - 1]))))) any = true;
        // "as avaliações com uma dessas palavras", "either word": the words joined by "e" are still either of them.
        if (stems.Count > 1 && words.Take(EitherPhrases)) any = true;
        return (stems, !any, written);

        void Add(string stem, string word)
        {
            if (!TermStem.IsValid(stem) || stems.Contains(stem)) return;
            stems.Add(stem);
            written.Add(word);
        }
    }

    private static bool QuotedAfterConnectors(QuestionWords words, int from)
    {
        var i = from;
        while (i < words.Words.Count && !words.IsQuoted(i) && Connectors.Contains(words.Words[i])) i++;
        return i < words.Words.Count && words.IsQuoted(i);
    }

    /// <summary>A small word that joins a phrase ("o produto veio quebrado") rather than naming what is mentioned.</summary>
    public static bool IsConnector(string word) => Connectors.Contains(word) || Products.Contains(word);

    internal static bool IsContent(QuestionWords words, int i) =>
        words.IsQuoted(i) && words.Words[i].Length >= 2
        || words.Words[i] is { Length: >= 3 } word && !word.All(char.IsDigit) && !AnalysisVocabulary.IsKnown(word) && PeriodReader.MonthOf(word) is null
            && !Answering.ContentTerms.IsStopWord(word);

    /// <summary>Verbs of appearing, and the noun of mentions ("entrega mentions per month"), said right after the word.</summary>
    private static readonly HashSet<string> Appears =
        ["aparece", "aparecem", "apareceu", "aparecio", "aparecen", "appears", "appear", "appeared", "surge", "surgiu", "mentions", "mencoes", "menciones", "mentioned", "mencionado", "mencionada"];

    /// <summary>Someone, anyone: the verb right after says what the reviews say ("alguém pediu reembolso?", "anyone saying original?").</summary>
    private static readonly HashSet<string> Someone = ["alguem", "alguien", "anyone", "anybody", "someone", "somebody", "ninguem", "nadie", "nobody"];

    /// <summary>A verb of saying or asking right after "someone" ("alguém pediu", "anyone saying", "alguien dijo").</summary>
    private static bool SaidBySomeone(IReadOnlyList<string> w, int at) =>
        at > 0 && Someone.Contains(w[at - 1]) && w[at] is "pediu" or "pediram" or "pidio" or "saying" or "said" or "says" or "say" or "asked" or "asking"
            or "disse" or "dijo" or "dice" or "diz" or "escreveu" or "escribio" or "wrote";
}
