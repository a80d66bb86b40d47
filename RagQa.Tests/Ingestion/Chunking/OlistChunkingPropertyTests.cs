using Microsoft.Extensions.Options;
using RagQa.Core.Ingestion;
using RagQa.Core.Ingestion.Chunking;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Ingestion.Chunking;

/// <summary>The splitter's invariants over the real Olist review texts, read with the production CSV reader.</summary>
public sealed class OlistChunkingPropertyTests
{
    private static async Task<List<string>> ReviewTextsAsync()
    {
        await using var file = File.OpenRead(Path.Combine(LocalServers.RepositoryRoot(), "data", "olist", "olist_order_reviews_dataset.csv"));
        var texts = new List<string>();
        await foreach (var record in CsvRecordReader.ReadAsync(file, null, CancellationToken.None))
        {
            if (record is not null) texts.Add(record.Text);
        }
        return texts;
    }

    private static RecursiveTextSplitter Splitter(int maxTokens, int overlapTokens) =>
        new(TokenCounters.MiniLm, Options.Create(new ChunkingOptions { MaxTokens = maxTokens, OverlapTokens = overlapTokens }));

    [Theory]
    [InlineData(12, 3)]
    [InlineData(24, 6)]
    [InlineData(48, 0)]
    public async Task Every_review_is_rebuilt_from_its_chunks_minus_overlaps_and_every_chunk_fits(int maxTokens, int overlapTokens)
    {
        var texts = await ReviewTextsAsync();
        var splitter = Splitter(maxTokens, overlapTokens);
        var split = 0;

        foreach (var text in texts)
        {
            var chunks = splitter.Split(text);
            Assert.Equal(text, ChunkAssertions.AssertWellFormed(text, chunks, TokenCounters.MiniLm, maxTokens, overlapTokens));
            // The reader normalised the text to single spaces, so chunks without overlap are separated by exactly one.
            Assert.All(chunks.Zip(chunks.Skip(1)).Where(p => p.Second.OverlapLength == 0),
                p => Assert.Contains(text[p.First.End..p.Second.Start], new[] { " ", "" }));
            if (chunks.Count > 1) split++;
        }

        Assert.True(texts.Count >= 2000, $"only {texts.Count} reviews with text");
        Assert.True(split > 100, $"only {split} reviews were long enough to split");
    }

    [Fact]
    public async Task With_the_default_options_short_reviews_are_one_chunk_unchanged()
    {
        var splitter = Splitter(256, 32);

        foreach (var text in await ReviewTextsAsync())
        {
            if (TokenCounters.MiniLm.CountTokens(text) <= 256) Assert.Same(text, Assert.Single(splitter.Split(text)).Text);
        }
    }

    [Fact]
    public async Task All_reviews_as_one_document_are_rebuilt_with_the_default_options()
    {
        var document = string.Join("\n\n", await ReviewTextsAsync());

        var chunks = Splitter(256, 32).Split(document);

        Assert.True(chunks.Count > 50);
        Assert.Equal(document, ChunkAssertions.AssertWellFormed(document, chunks, TokenCounters.MiniLm, 256, 32));
        // Reviews are paragraphs: most chunks end where a review ends.
        Assert.True(chunks.Count(c => c.End == document.Length || document.AsSpan(c.End).StartsWith("\n\n")) > chunks.Count * 3 / 4);
    }
}
