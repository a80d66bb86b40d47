using System.Text.RegularExpressions;

namespace RagQa.Core.Text;

/// <summary>
/// Bounds and counts written as symbols in terse questions (">= 4 estrellas", "&lt;= 2 stars", "4+ stars", "# of neg",
/// "no. of reviews"), spelt out as the words that say them, so the question readers read them as they read words.
/// </summary>
public static partial class ScoreSymbols
{
    public static string SpellOut(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        // "stars >= 4", "nota >= 4", "estrellas = 5": written as a filter, the noun first; read as "at least 4 stars".
        question = NounFirst().Replace(question, m => $" {Words(m.Groups["op"].Value)} {m.Groups["score"].Value} estrelas ");
        question = Bound().Replace(question, m => $" {Words(m.Groups["op"].Value)} ");
        question = Plus().Replace(question, "$1 or more ");
        return NumberSign().Replace(question, " number ");
    }

    private static string Words(string sign) => sign switch
    {
        ">=" or "≥" or "=>" => "at least",
        "<=" or "≤" or "=<" => "at most",
        ">" => "more than",
        "<" => "less than",
        _ => "",
    };

    /// <summary>A score noun, then a comparison or equals sign, then a score ("stars &gt;= 4", "nota = 5").</summary>
    [GeneratedRegex(@"\b(?<noun>stars?|estrelas?|estrellas?|notas?|scores?|ratings?|puntuaci[oó]n(?:es)?|calificaci[oó]n(?:es)?|puntajes?)\s*(?<op>>=|<=|=>|=<|≥|≤|==|=|>|<)\s*(?<score>[1-5])(?!\d|[.,]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex NounFirst();

    /// <summary>A comparison sign before a score ("&gt;= 4", "≤2"), not part of an arrow or a longer number.</summary>
    [GeneratedRegex(@"(?<![<>=-])(?<op>>=|<=|=>|=<|≥|≤|>|<)\s*(?=[1-5](?!\d|[.,]\d))")]
    private static partial Regex Bound();

    /// <summary>"4+ estrelas", "3+ stars": a score and up.</summary>
    [GeneratedRegex(@"(?<![\d.,])([1-5])\+(?!\d)")]
    private static partial Regex Plus();

    /// <summary>"# of", "no. of", "nº de": the number sign before "of".</summary>
    [GeneratedRegex(@"(?:#|\bno\.|\bn[º°])\s*(?=(?:of|de|da|das|dos|del)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberSign();
}
