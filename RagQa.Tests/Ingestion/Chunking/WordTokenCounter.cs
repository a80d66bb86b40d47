using RagQa.Core.Ingestion.Chunking;

namespace RagQa.Tests.Ingestion.Chunking;

/// <summary>A counter that is easy to reason about in tests: one token per word of up to five characters, one more per five beyond.</summary>
internal sealed class WordTokenCounter : ITokenCounter
{
    public static readonly WordTokenCounter Instance = new();

    public int CountTokens(ReadOnlySpan<char> text)
    {
        var total = 0;
        foreach (var range in text.SplitAny(" \t\r\n\f\v\u00A0\u2028\u2029"))
        {
            var length = range.End.GetOffset(text.Length) - range.Start.GetOffset(text.Length);
            if (length > 0) total += (length + 4) / 5;
        }
        return total;
    }
}
