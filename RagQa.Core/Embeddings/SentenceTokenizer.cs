namespace RagQa.Core.Embeddings;

/// <summary>Turns a text into the token ids a sentence-transformer expects, special tokens included.</summary>
internal abstract class SentenceTokenizer
{
    /// <summary>Id used to pad shorter texts in a batch (masked out by the attention mask).</summary>
    public abstract long PaddingId { get; }

    /// <summary>Ids with the leading and trailing special tokens, truncated to at most <paramref name="maxTokens"/>.</summary>
    public abstract long[] Encode(string text, int maxTokens);

    /// <summary>Keeps the first tokens that fit between the two special tokens, as Hugging Face truncation does.</summary>
    protected static long[] Wrap(long first, IEnumerable<long> content, long last, int maxTokens)
    {
        var kept = content.Take(Math.Max(0, maxTokens - 2)).ToList();
        var ids = new long[kept.Count + 2];
        ids[0] = first;
        kept.CopyTo(ids, 1);
        ids[^1] = last;
        return ids;
    }
}
