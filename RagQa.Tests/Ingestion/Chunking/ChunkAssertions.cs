using System.Globalization;
using System.Text;
using RagQa.Core.Ingestion.Chunking;

namespace RagQa.Tests.Ingestion.Chunking;

/// <summary>The invariants every split must satisfy, checked together.</summary>
internal static class ChunkAssertions
{
    /// <summary>Asserts the invariants and returns the source rebuilt from the chunks minus their overlaps.</summary>
    public static string AssertWellFormed(string source, IReadOnlyList<TextChunk> chunks, ITokenCounter counter, int maxTokens, int overlapTokens)
    {
        var graphemeBoundaries = GraphemeBoundaries(source);
        var rebuilt = new StringBuilder();
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            Assert.Equal(source.Substring(chunk.Start, chunk.Text.Length), chunk.Text);
            Assert.Equal(chunk.Text.Trim(), chunk.Text);
            Assert.NotEmpty(chunk.Text);
            Assert.Equal(counter.CountTokens(chunk.Text), chunk.Tokens);
            Assert.True(chunk.Tokens <= maxTokens, $"chunk {i} has {chunk.Tokens} tokens, more than {maxTokens}");
            Assert.Contains(chunk.Start, graphemeBoundaries);
            Assert.Contains(chunk.End, graphemeBoundaries);
            if (i == 0)
            {
                Assert.Equal(0, chunk.OverlapLength);
                rebuilt.Append(chunk.Text);
                continue;
            }
            var previous = chunks[i - 1];
            Assert.True(chunk.End > previous.End, $"chunk {i} adds nothing");
            if (chunk.OverlapLength > 0)
            {
                var overlap = chunk.Text[..chunk.OverlapLength];
                Assert.EndsWith(overlap, previous.Text, StringComparison.Ordinal);
                Assert.Equal(previous.End, chunk.Start + chunk.OverlapLength);
                Assert.True(counter.CountTokens(overlap) <= overlapTokens, $"overlap of chunk {i} is over budget");
                rebuilt.Append(chunk.Text[chunk.OverlapLength..]);
            }
            else
            {
                Assert.True(chunk.Start >= previous.End);
                Assert.True(string.IsNullOrWhiteSpace(source[previous.End..chunk.Start]), $"chunk {i} skips text");
                rebuilt.Append(source[previous.End..chunk.Start]).Append(chunk.Text);
            }
        }
        return rebuilt.ToString();
    }

    public static HashSet<int> GraphemeBoundaries(string text)
    {
        var boundaries = new HashSet<int> { 0 };
        for (var i = 0; i < text.Length;)
        {
            i += StringInfo.GetNextTextElementLength(text, i);
            boundaries.Add(i);
        }
        return boundaries;
    }
}
