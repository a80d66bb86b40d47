using RagQa.Core.Text;

namespace RagQa.Core.Answering;

/// <summary>
/// The words of a text that carry meaning, reduced to comparable stems: folded (no accents, lower-case),
/// without Portuguese, English or Spanish function words, and cut to their first <see cref="StemLength"/>
/// letters. Prefix stemming is crude but language-neutral, and it is what the grounding check needs:
/// "atrasou"/"atraso"/"atrasada" and "entregue"/"entrega" meet, while numbers stay whole.
/// </summary>
public static class ContentTerms
{
    public const int StemLength = 5;

    public static IReadOnlyList<string> Of(string text)
    {
        var terms = new List<string>();
        foreach (var word in TextFolding.Words(text))
        {
            if (Stem(word.Folded) is { } stem) terms.Add(stem);
        }
        return terms;
    }

    /// <summary>The stem of one folded word, or null for a function word or a single letter.</summary>
    public static string? Stem(string folded)
    {
        if (folded.Length == 0) return null;
        if (char.IsDigit(folded[0])) return folded;
        if (folded.Length < 2 || StopWords.Contains(folded)) return null;
        return folded.Length <= StemLength ? folded : folded[..StemLength];
    }

    public static bool IsStopWord(string folded) => StopWords.Contains(folded);

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        // Portuguese
        "a", "ao", "aos", "as", "ate", "com", "como", "da", "das", "de", "dela", "dele", "deles", "do", "dos", "e", "ela", "ele",
        "eles", "em", "entre", "era", "essa", "esse", "esta", "estao", "estava", "este", "eu", "foi", "foram", "ha", "isso", "ja",
        "lhe", "mais", "mas", "me", "mesmo", "meu", "minha", "muito", "muita", "na", "nas", "nem", "no", "nos", "num", "numa", "o",
        "os", "ou", "para", "pela", "pelas", "pelo", "pelos", "por", "pra", "qual", "quais", "que", "quem", "se", "sao", "ser",
        "seu", "sua", "tambem", "tem", "ter", "um", "uma", "uns", "umas", "voce", "voces", "sobre", "sido",
        "aqui", "ali", "la", "isto", "aquilo", "sim", "tao", "tudo", "todo", "toda", "todos", "todas", "cada",
        // English
        "an", "and", "are", "at", "be", "been", "but", "by", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her",
        "his", "how", "i", "if", "in", "into", "is", "it", "its", "my", "of", "on", "or", "our", "she", "so", "than", "that",
        "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "was", "we", "were", "what", "when",
        "where", "which", "who", "why", "will", "with", "would", "you", "your", "about", "very", "also", "just",
        // Spanish
        "al", "con", "del", "el", "ella", "en", "es", "fue", "las", "le", "les", "lo", "los", "mi",
        "muy", "pero", "porque", "sin", "su", "sus", "son", "unos", "unas", "y", "ya", "cual", "cuales",
    };
}
