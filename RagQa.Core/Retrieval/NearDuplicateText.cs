using RagQa.Core.Text;

namespace RagQa.Core.Retrieval;

/// <summary>
/// Text overlap that ignores case, accents and punctuation: the Jaccard index of the two texts' word sets.
/// "Muito bom!", "muito bom" and "MUITO BOM." score 1; "Muito bom" and "Muito bom produto" score 2/3.
/// </summary>
public static class NearDuplicateText
{
    public static double Jaccard(string first, string second) => Jaccard(Words(first), Words(second));

    /// <summary>The folded word set of <paramref name="text"/>, for comparing one text with many.</summary>
    public static IReadOnlySet<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFolding.Fold(text);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0) start = i;
            if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }
        return words;
    }

    /// <summary>|A ∩ B| / |A ∪ B|; two texts without words (only punctuation) count as identical.</summary>
    public static double Jaccard(IReadOnlySet<string> first, IReadOnlySet<string> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count == 0 && second.Count == 0) return 1;
        var common = first.Count(second.Contains);
        return common / (double)(first.Count + second.Count - common);
    }
}
