using System.Globalization;
using Microsoft.Extensions.Options;

namespace RagQa.Core.Ingestion.Chunking;

/// <summary>
/// Cuts a text into chunks of at most <see cref="ChunkingOptions.MaxTokens"/> tokens, at the strongest boundary that
/// fits: paragraph, then line, then sentence, then word; inside a word only when that one word is longer than a chunk
/// (and then between grapheme clusters, so surrogate pairs, combining marks and emoji sequences stay whole).
/// Each chunk after the first starts with the trailing whole sentences of the previous one that fit in
/// <see cref="ChunkingOptions.OverlapTokens"/> (or its trailing words when its last sentence is longer than that).
/// A text that fits is one chunk: the text itself without the white space around it. Empty or blank text has no chunks.
/// </summary>
/// <remarks>
/// Chunks are spans of the source (see <see cref="TextChunk"/>), never rewritten, so the white space inside them is the
/// source's own and a chunk maps back to its offsets. Deterministic: the same text and options give the same chunks.
/// </remarks>
public sealed class RecursiveTextSplitter
{
    private readonly ITokenCounter _counter;
    private readonly int _maxTokens;
    private readonly int _overlapTokens;

    /// <summary>
    /// A break that would leave a chunk less than a quarter full is taken only when there is no other: it keeps a
    /// heading or a one-line paragraph with the text that follows instead of making it a chunk of its own.
    /// </summary>
    private readonly int _minFillTokens;

    public RecursiveTextSplitter(ITokenCounter tokenCounter, IOptions<ChunkingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(tokenCounter);
        var value = options.Value;
        if (value.MaxTokens < 1) throw new ArgumentOutOfRangeException(nameof(options), "Ingestion:Chunking:MaxTokens must be positive.");
        if (value.OverlapTokens < 0 || value.OverlapTokens >= value.MaxTokens)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Ingestion:Chunking:OverlapTokens must be at least 0 and less than MaxTokens.");
        }
        _counter = tokenCounter;
        _maxTokens = value.MaxTokens;
        _overlapTokens = value.OverlapTokens;
        _minFillTokens = value.MaxTokens / 4;
    }

    public IReadOnlyList<TextChunk> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = Units(text);
        if (units.Count == 0) return [];
        var prefix = new int[units.Count + 1];
        for (var i = 0; i < units.Count; i++) prefix[i + 1] = prefix[i] + units[i].Tokens;

        var chunks = new List<TextChunk>();
        int start = 0, next = 0; // the chunk's first unit (overlap included) and its first unit not in an earlier chunk
        while (true)
        {
            // The first new unit always goes in (the overlap was trimmed to make room); a chunk never crosses a mid-word cut.
            var end = next + 1;
            while (end < units.Count && units[end - 1].After != BreakRank.None && prefix[end + 1] - prefix[start] <= _maxTokens) end++;
            var stop = end == units.Count ? end : BestBreak(units, prefix, start, next, end);

            var first = units[start];
            var last = units[stop - 1];
            var overlap = start < next ? units[next - 1].End - first.Start : 0;
            chunks.Add(new TextChunk(text[first.Start..last.End], first.Start, overlap, prefix[stop] - prefix[start]));
            if (stop == units.Count) return chunks;

            start = OverlapStart(units, prefix, start, stop);
            next = stop;
        }
    }

    /// <summary>The break in (next, end] with the strongest boundary, the latest of equals, preferring chunks at least a quarter full.</summary>
    private int BestBreak(List<Unit> units, int[] prefix, int start, int next, int end)
    {
        int best = -1, bestRank = -1, any = -1, anyRank = -1;
        for (var k = next + 1; k <= end; k++)
        {
            var rank = (int)units[k - 1].After;
            if (rank >= anyRank) (any, anyRank) = (k, rank);
            if (rank >= bestRank && prefix[k] - prefix[start] >= _minFillTokens) (best, bestRank) = (k, rank);
        }
        return best > 0 ? best : any;
    }

    /// <summary>
    /// Where the next chunk starts inside the previous one [start, stop): the longest suffix within the overlap budget
    /// that starts at a sentence (or stronger) boundary, else the longest that starts at a word boundary, trimmed so the
    /// next unit still fits. No overlap after a mid-word cut, which would glue the overlap to the rest of the word.
    /// </summary>
    private int OverlapStart(List<Unit> units, int[] prefix, int start, int stop)
    {
        if (_overlapTokens == 0 || units[stop - 1].After == BreakRank.None) return stop;
        int sentence = stop, word = stop;
        for (var i = stop - 1; i > start && prefix[stop] - prefix[i] <= _overlapTokens; i--)
        {
            word = i;
            if (units[i - 1].After >= BreakRank.Sentence) sentence = i;
        }
        var overlapStart = sentence < stop ? sentence : word;
        while (overlapStart < stop && prefix[stop] - prefix[overlapStart] + units[stop].Tokens > _maxTokens) overlapStart++;
        return overlapStart;
    }

    /// <summary>The words of the text with their token counts and the boundary after each; over-long words come in pieces.</summary>
    private List<Unit> Units(string text)
    {
        var units = new List<Unit>();
        var i = 0;
        while (i < text.Length)
        {
            var lineBreaks = 0;
            int length;
            while (i < text.Length && IsWhiteSpace(text.AsSpan(i, length = ClusterLength(text, i))))
            {
                lineBreaks += LineBreaks(text.AsSpan(i, length));
                i += length;
            }
            if (units.Count > 0)
            {
                var previous = units[^1];
                var sentenceEnd = SentenceEnds.IsSentenceEnd(text.AsSpan(previous.Start, previous.End - previous.Start));
                units[^1] = previous with { After = Rank(lineBreaks, sentenceEnd) };
            }
            if (i == text.Length) break;

            var wordStart = i;
            while (i < text.Length && !IsWhiteSpace(text.AsSpan(i, length = ClusterLength(text, i)))) i += length;
            AddWord(text, wordStart, i, units);
        }
        return units;
    }

    private void AddWord(string text, int start, int end, List<Unit> units)
    {
        var tokens = _counter.CountTokens(text.AsSpan(start, end - start));
        if (tokens <= _maxTokens)
        {
            units.Add(new Unit(start, end, tokens, BreakRank.Word));
            return;
        }

        // One word longer than a chunk: cut it between grapheme clusters into the longest pieces that fit,
        // found by galloping then bisecting so a very long run costs O(n log n) counts, not O(n²).
        var boundaries = new List<int>();
        for (var i = start; i < end; i += StringInfo.GetNextTextElementLength(text.AsSpan(i, end - i))) boundaries.Add(i);
        boundaries.Add(end);
        var piece = 0;
        while (piece < boundaries.Count - 1)
        {
            var pieceStart = boundaries[piece];
            int Count(int boundary) => _counter.CountTokens(text.AsSpan(pieceStart, boundaries[boundary] - pieceStart));
            int good = piece + 1, bad = boundaries.Count, step = 1;
            while (good + step < boundaries.Count)
            {
                if (Count(good + step) > _maxTokens)
                {
                    bad = good + step;
                    break;
                }
                good += step;
                step *= 2;
            }
            while (bad - good > 1)
            {
                var middle = good + (bad - good) / 2;
                if (Count(middle) <= _maxTokens) good = middle;
                else bad = middle;
            }
            units.Add(new Unit(pieceStart, boundaries[good], Count(good), BreakRank.None));
            piece = good;
        }
        units[^1] = units[^1] with { After = BreakRank.Word };
    }

    /// <summary>
    /// The length of the grapheme cluster at <paramref name="index"/>. Two ASCII characters are always separate
    /// clusters except CR LF (UAX #29), which spares the full rules for most of the text.
    /// </summary>
    private static int ClusterLength(string text, int index)
    {
        var next = index + 1;
        if (text[index] < 0x80 && (next == text.Length || (text[next] < 0x80 && !(text[index] == '\r' && text[next] == '\n')))) return 1;
        return StringInfo.GetNextTextElementLength(text, index);
    }

    private static BreakRank Rank(int lineBreaks, bool sentenceEnd) => lineBreaks switch
    {
        >= 2 => BreakRank.Paragraph,
        1 => sentenceEnd ? BreakRank.LineAfterSentence : BreakRank.Line,
        _ => sentenceEnd ? BreakRank.Sentence : BreakRank.Word,
    };

    /// <summary>A grapheme cluster is white space only when all of it is: a combining mark on a space makes it visible.</summary>
    private static bool IsWhiteSpace(ReadOnlySpan<char> cluster)
    {
        foreach (var ch in cluster)
        {
            if (!char.IsWhiteSpace(ch)) return false;
        }
        return true;
    }

    /// <summary>CR LF is one cluster and one break; a paragraph separator or form feed counts as a blank line.</summary>
    private static int LineBreaks(ReadOnlySpan<char> cluster) => cluster[0] switch
    {
        '\n' or '\r' or '\v' or '\u0085' or '\u2028' => 1,
        '\f' or '\u2029' => 2,
        _ => 0,
    };

    /// <summary>How good a place to cut the gap after a unit is; higher is better.</summary>
    private enum BreakRank : byte
    {
        None = 0,
        Word = 2,
        Sentence = 3,
        Line = 4,
        LineAfterSentence = 5,
        Paragraph = 6,
    }

    private readonly record struct Unit(int Start, int End, int Tokens, BreakRank After);
}
