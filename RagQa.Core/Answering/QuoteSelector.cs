using RagQa.Core.Text;

namespace RagQa.Core.Answering;

/// <summary>Picks the quote shown for a citation: always an exact substring of the chunk text.</summary>
public static class QuoteSelector
{
    public const int DefaultMaxLength = 240;

    /// <summary>A quote this short is extended with the next sentence, when it fits, so it reads on its own.</summary>
    private const int ShortQuote = 60;

    /// <summary>The chunk's leading sentences up to <paramref name="maxLength"/> characters, cut at a word boundary when longer.</summary>
    public static string Select(string text, int maxLength = DefaultMaxLength)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= maxLength) return trimmed;
        var sentenceEnd = trimmed.LastIndexOfAny(['.', '!', '?'], maxLength - 1);
        if (sentenceEnd >= maxLength / 3) return trimmed[..(sentenceEnd + 1)];
        var wordEnd = trimmed.LastIndexOf(' ', maxLength - 1);
        return trimmed[..(wordEnd > 0 ? wordEnd : maxLength)];
    }

    /// <summary>
    /// The sentence that mentions most of <paramref name="focusStems"/> (folded word prefixes, e.g. a theme's
    /// stems or a question's terms), with the sentence after it when it is very short; a window around the
    /// first mention, cut at word boundaries, when the sentence is longer than <paramref name="maxLength"/>.
    /// Falls back to <see cref="Select(string, int)"/> when no sentence mentions any.
    /// </summary>
    public static string Select(string text, IReadOnlyCollection<string> focusStems, int maxLength = DefaultMaxLength)
    {
        var sentences = Sentences(text);
        var words = TextFolding.Words(text);
        var best = -1;
        var bestScore = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var (start, end) = sentences[i];
            var score = words.Where(w => w.Start >= start && w.Start < end)
                .SelectMany(w => focusStems.Where(stem => w.Folded.StartsWith(stem, StringComparison.Ordinal)))
                .Distinct(StringComparer.Ordinal)
                .Count();
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0) return Select(text, maxLength);

        var (from, to) = sentences[best];
        if (to - from > maxLength)
        {
            var firstHit = words.First(w => w.Start >= from && focusStems.Any(stem => w.Folded.StartsWith(stem, StringComparison.Ordinal))).Start;
            return Window(text, from, to, firstHit, maxLength);
        }
        if (to - from < ShortQuote && best + 1 < sentences.Count && sentences[best + 1].End - from <= maxLength) to = sentences[best + 1].End;
        return text[from..to].Trim();
    }

    /// <summary>Sentence spans (start inclusive, end exclusive): a sentence ends after . ! ? or … followed by white space, or at a line break.</summary>
    private static List<(int Start, int End)> Sentences(string text)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var ends = ch is '\n' or '\r'
                || (ch is '.' or '!' or '?' or '…' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (!ends) continue;
            Add(start, ch is '\n' or '\r' ? i : i + 1);
            start = i + 1;
        }
        Add(start, text.Length);
        return spans;

        void Add(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(text[from])) from++;
            while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
            if (to > from) spans.Add((from, to));
        }
    }

    /// <summary>At most <paramref name="maxLength"/> characters of [from, to) around <paramref name="anchor"/>, cut at spaces.</summary>
    private static string Window(string text, int from, int to, int anchor, int maxLength)
    {
        var start = Math.Max(from, anchor - maxLength / 3);
        if (start > from)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < anchor ? space + 1 : start;
        }
        var end = Math.Min(to, start + maxLength);
        if (end < to)
        {
            var space = text.LastIndexOf(' ', end - 1, end - start);
            if (space > anchor) end = space;
        }
        return text[start..end].Trim();
    }
}
