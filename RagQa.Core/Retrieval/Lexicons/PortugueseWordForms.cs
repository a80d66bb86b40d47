namespace RagQa.Core.Retrieval.Lexicons;

/// <summary>
/// Dictionary headwords a folded Portuguese word form may come from, most likely first: the form itself, then the
/// singular, the masculine, the base of a diminutive and the infinitive of a conjugated verb ("chegou" → "chegar",
/// "capinhas" → "capa"), or of the irregular verb forms reviews use most ("veio" → "vir"). Guesses, not analysis: a
/// dictionary lookup keeps the first candidate it knows.
/// </summary>
public static class PortugueseWordForms
{
    private static readonly Dictionary<string, string> Irregular = new()
    {
        ["veio"] = "vir",
        ["vieram"] = "vir",
        ["vem"] = "vir",
        ["vinha"] = "vir",
        ["fez"] = "fazer",
        ["fiz"] = "fazer",
        ["feito"] = "fazer",
        ["deu"] = "dar",
        ["dei"] = "dar",
        ["foi"] = "ir",
        ["fui"] = "ir",
        ["tive"] = "ter",
        ["teve"] = "ter",
        ["tem"] = "ter",
        ["tinha"] = "ter",
        ["pode"] = "poder",
        ["quis"] = "querer",
        ["disse"] = "dizer",
        ["trouxe"] = "trazer",
        ["viu"] = "ver",
        ["vi"] = "ver",
        ["esta"] = "estar",
        ["estava"] = "estar",
        ["esteve"] = "estar",
    };

    private static readonly (string Ending, string[] Replacements)[] Plurals =
    [
        ("oes", ["ao"]), ("aes", ["ao"]), ("ns", ["m"]), ("res", ["r"]), ("zes", ["z"]), ("is", ["l"]), ("s", [""]),
    ];

    private static readonly (string Ending, string[] Replacements)[] Endings =
    [
        ("zinho", ["o", ""]), ("zinha", ["a", ""]), ("inho", ["o", "a"]), ("inha", ["a", "o"]),
        ("aram", ["ar"]), ("eram", ["er"]), ("iram", ["ir"]), ("ava", ["ar"]), ("avam", ["ar"]),
        ("ando", ["ar"]), ("endo", ["er"]), ("indo", ["ir"]),
        ("ado", ["ar"]), ("ada", ["ar", "ado"]), ("ido", ["er", "ir"]), ("ida", ["er", "ir", "ido"]),
        ("ou", ["ar"]), ("ei", ["ar"]), ("eu", ["er"]), ("iu", ["ir"]), ("am", ["ar"]), ("em", ["er", "ir"]),
        ("a", ["o", "ar"]), ("o", ["ar", "er", "ir"]), ("e", ["er", "ar", "ir"]),
    ];

    /// <param name="folded">A word already case- and accent-folded (<see cref="Text.TextFolding.Fold"/>).</param>
    public static IReadOnlyList<string> Candidates(string folded)
    {
        var candidates = new List<string> { folded };
        if (Irregular.TryGetValue(folded, out var infinitive)) candidates.Add(infinitive);
        var singular = Apply(folded, Plurals).ToList();
        candidates.AddRange(singular);
        foreach (var form in singular.Prepend(folded).ToList())
        {
            candidates.AddRange(Apply(form, Endings));
        }
        return candidates.Distinct().ToList();
    }

    private static IEnumerable<string> Apply(string word, (string Ending, string[] Replacements)[] rules)
    {
        foreach (var (ending, replacements) in rules)
        {
            if (word.Length - ending.Length < 3 || !word.EndsWith(ending, StringComparison.Ordinal)) continue;
            foreach (var replacement in replacements) yield return word[..^ending.Length] + replacement;
        }
    }
}
