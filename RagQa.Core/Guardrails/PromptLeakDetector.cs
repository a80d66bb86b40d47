namespace RagQa.Core.Guardrails;

/// <summary>
/// Flags an answer that repeats a long verbatim span of the system prompt (by default 8 or more consecutive words),
/// the usual sign that an extraction attempt got past the input checks. Both texts are compared in
/// <see cref="TextNormalizer.Canonicalize"/> form, so re-casing, accents or punctuation do not hide a copy, while short
/// shared phrases ("com base nas avaliações") stay below the threshold. Built once per system prompt (it indexes every
/// run of <see cref="MinSpanWords"/> words by hash); each check is linear in the answer's length. Pure and thread-safe.
/// </summary>
public sealed class PromptLeakDetector
{
    public const int DefaultMinSpanWords = 8;

    private readonly string _prompt;
    private readonly Range[] _promptWords;
    private readonly ulong[] _promptWordHashes;
    // Hash of each run of MinSpanWords words in the prompt → where the first such run starts.
    private readonly Dictionary<ulong, int> _promptRuns = [];

    public PromptLeakDetector(string systemPrompt, int minSpanWords = DefaultMinSpanWords)
    {
        ArgumentNullException.ThrowIfNull(systemPrompt);
        ArgumentOutOfRangeException.ThrowIfLessThan(minSpanWords, 2);
        MinSpanWords = minSpanWords;
        _prompt = TextNormalizer.Canonicalize(systemPrompt);
        _promptWords = SplitWords(_prompt);
        _promptWordHashes = HashWords(_prompt, _promptWords);
        for (var start = 0; start + minSpanWords <= _promptWords.Length; start++)
        {
            _promptRuns.TryAdd(RunHash(_promptWordHashes, start, minSpanWords), start);
        }
    }

    /// <summary>The shortest shared run of words that counts as a leak.</summary>
    public int MinSpanWords { get; }

    /// <summary>Convenience for a one-off check; build a detector once per system prompt when checking many answers.</summary>
    public static PromptLeakVerdict Check(string systemPrompt, string answer, int minSpanWords = DefaultMinSpanWords) =>
        new PromptLeakDetector(systemPrompt, minSpanWords).Check(answer);

    public PromptLeakVerdict Check(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (_promptRuns.Count == 0) return PromptLeakVerdict.None;
        var text = TextNormalizer.Canonicalize(answer);
        var words = SplitWords(text);
        if (words.Length < MinSpanWords) return PromptLeakVerdict.None;
        var hashes = HashWords(text, words);

        var longest = 0;
        var longestStart = 0;
        var start = 0;
        while (start + MinSpanWords <= words.Length)
        {
            var length = _promptRuns.TryGetValue(RunHash(hashes, start, MinSpanWords), out var promptStart)
                ? SharedLength(text, words, start, promptStart)
                : 0;
            if (length > longest) (longest, longestStart) = (length, start);
            // A shared span's own suffixes cannot be longer than it, so skip past them: keeps the check linear.
            start += length >= MinSpanWords ? length - MinSpanWords + 1 : 1;
        }
        if (longest < MinSpanWords) return PromptLeakVerdict.None;
        var span = text[words[longestStart].Start..words[longestStart + longest - 1].End];
        return new PromptLeakVerdict(true, longest, span);
    }

    /// <summary>How many words from answer word <paramref name="start"/> equal the prompt's from <paramref name="promptStart"/>.</summary>
    private int SharedLength(string text, Range[] words, int start, int promptStart)
    {
        var length = 0;
        while (start + length < words.Length && promptStart + length < _promptWords.Length
            && text.AsSpan(words[start + length]).SequenceEqual(_prompt.AsSpan(_promptWords[promptStart + length])))
        {
            length++;
        }
        return length;
    }

    private static Range[] SplitWords(string canonical)
    {
        if (canonical.Length == 0) return [];
        var words = new Range[canonical.AsSpan().Count(' ') + 1];
        canonical.AsSpan().Split(words, ' ');
        return words;
    }

    private static ulong[] HashWords(string text, Range[] words)
    {
        var hashes = new ulong[words.Length];
        for (var i = 0; i < words.Length; i++) hashes[i] = Fnv1a(text.AsSpan(words[i]));
        return hashes;
    }

    private static ulong RunHash(ulong[] wordHashes, int start, int count)
    {
        var hash = 14695981039346656037UL;
        for (var i = start; i < start + count; i++) hash = (hash ^ wordHashes[i]) * 1099511628211UL + (ulong)(i - start);
        return hash;
    }

    private static ulong Fnv1a(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word) hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}
