using System.Text;
using Microsoft.Extensions.Options;
using RagQa.Core.Ingestion.Chunking;

namespace RagQa.Tests.Ingestion.Chunking;

public sealed class RecursiveTextSplitterTests
{
    private static RecursiveTextSplitter Splitter(int maxTokens, int overlapTokens, ITokenCounter? counter = null) =>
        new(counter ?? WordTokenCounter.Instance, Options.Create(new ChunkingOptions { MaxTokens = maxTokens, OverlapTokens = overlapTokens }));

    private static List<string> Texts(IReadOnlyList<TextChunk> chunks) => chunks.Select(c => c.Text).ToList();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t \r\n")]
    [InlineData("\u00A0\u2029")]
    public void Empty_or_blank_text_has_no_chunks(string text) => Assert.Empty(Splitter(8, 2).Split(text));

    [Fact]
    public void A_text_that_fits_is_one_chunk_unchanged()
    {
        const string text = "Produto chegou rápido, bem embalado.\n\nRecomendo a loja!";

        var chunk = Assert.Single(Splitter(256, 32, TokenCounters.MiniLm).Split(text));

        Assert.Same(text, chunk.Text);
        Assert.Equal((0, 0), (chunk.Start, chunk.OverlapLength));
    }

    [Fact]
    public void Surrounding_white_space_is_not_part_of_a_chunk()
    {
        var chunk = Assert.Single(Splitter(8, 2).Split("\r\n  Chegou bem.  \n"));

        Assert.Equal(("Chegou bem.", 4), (chunk.Text, chunk.Start));
    }

    [Fact]
    public void A_paragraph_boundary_is_preferred_over_sentence_and_word_boundaries()
    {
        const string text = "Alpha beta gamma. Delta epsilon zeta.\n\nEta theta iota. Kappa lambda mu.";

        var chunks = Splitter(10, 0).Split(text);

        Assert.Equal(["Alpha beta gamma. Delta epsilon zeta.", "Eta theta iota. Kappa lambda mu."], Texts(chunks));
    }

    [Fact]
    public void A_sentence_boundary_is_preferred_over_a_word_boundary()
    {
        var chunks = Splitter(8, 0).Split("One two three. Four five six. Seven eight nine.");

        Assert.Equal(["One two three. Four five six.", "Seven eight nine."], Texts(chunks));
    }

    [Fact]
    public void A_line_boundary_is_preferred_over_a_later_sentence_boundary()
    {
        var chunks = Splitter(6, 0).Split("One two three\nFour five. Six seven.");

        Assert.Equal("One two three", chunks[0].Text);
    }

    [Fact]
    public void Words_are_cut_at_spaces_when_there_is_no_sentence_boundary()
    {
        var chunks = Splitter(5, 0).Split("um dois tres quatro cinco seis sete oito nove");

        Assert.Equal(["um dois tres quatro", "cinco seis sete oito nove"], Texts(chunks));
    }

    [Fact]
    public void A_heading_stays_with_the_text_that_follows_rather_than_becoming_a_chunk_alone()
    {
        var chunks = Splitter(8, 0).Split("Title\n\nAa bb cc. Dd ee ff gg hh ii.");

        Assert.Equal("Title\n\nAa bb cc.", chunks[0].Text);
    }

    [Theory]
    [InlineData("Aa bb. Falei com Sr. Silva ontem.", "Aa bb.")]
    [InlineData("Aa bb. Falei com Dra. Ana ontem.", "Aa bb.")]
    [InlineData("Aa bb. Caixa manual etc. e nada.", "Aa bb.")]
    [InlineData("Aa bb. Falei com Rui. Ana ontem.", "Aa bb. Falei com Rui.")]
    public void Abbreviations_do_not_end_sentences(string text, string firstChunk) =>
        Assert.Equal(firstChunk, Splitter(6, 0).Split(text)[0].Text);

    [Theory]
    [InlineData("chegou.", true)]
    [InlineData("chegou...", true)]
    [InlineData("sério?!", true)]
    [InlineData("sério!?", true)]
    [InlineData("\"ótimo!\"", true)]
    [InlineData("(fim).", true)]
    [InlineData("Sr.", false)]
    [InlineData("sra.", false)]
    [InlineData("Dra.", false)]
    [InlineData("etc.", false)]
    [InlineData("(etc.)", false)]
    [InlineData("e.g.", false)]
    [InlineData("J.", false)]
    [InlineData("R$10,00", false)]
    [InlineData("bom,", false)]
    public void Sentence_ends_are_recognised(string word, bool expected) => Assert.Equal(expected, SentenceEnds.IsSentenceEnd(word));

    [Fact]
    public void The_overlap_is_the_trailing_whole_sentences_of_the_previous_chunk()
    {
        var text = string.Join(" ", Enumerable.Range(1, 12).Select(i => $"Frase {i} curta."));

        // Sentences are 4 tokens: a 6-token budget could also take the last word of the sentence before, but must not.
        var chunks = Splitter(14, 6).Split(text);

        Assert.True(chunks.Count > 2);
        foreach (var (previous, next) in chunks.Zip(chunks.Skip(1)))
        {
            var overlap = next.Text[..next.OverlapLength];
            Assert.Matches(@"^Frase \d+ curta\.$", overlap);
            Assert.EndsWith(overlap, previous.Text, StringComparison.Ordinal);
        }
        Assert.Equal(text, ChunkAssertions.AssertWellFormed(text, chunks, WordTokenCounter.Instance, 14, 6));
    }

    [Fact]
    public void When_the_last_sentence_is_longer_than_the_overlap_the_trailing_words_are_carried()
    {
        const string text = "aa bb cc dd ee ff gg hh ii jj kk ll mm nn";

        var chunks = Splitter(6, 2).Split(text);

        Assert.Equal(["aa bb cc dd ee ff", "ee ff gg hh ii jj", "ii jj kk ll mm nn"], Texts(chunks));
        Assert.All(chunks.Skip(1), c => Assert.Equal(5, c.OverlapLength));
    }

    [Fact]
    public void Zero_overlap_means_chunks_do_not_repeat_text()
    {
        var chunks = Splitter(5, 0).Split(string.Join(" ", Enumerable.Repeat("palavra", 23)));

        Assert.All(chunks, c => Assert.Equal(0, c.OverlapLength));
        Assert.Equal(23, chunks.Sum(c => c.Tokens) / 2);
    }

    [Fact]
    public void A_single_word_longer_than_a_chunk_is_cut_into_pieces_that_fit_without_overlap()
    {
        var word = new string('a', 5000);
        var counter = TokenCounters.MiniLm;

        var chunks = Splitter(256, 32, counter).Split(word);

        Assert.Equal(5, chunks.Count); // 5,000 characters without a space count as 1,250 tokens
        Assert.All(chunks, c => Assert.Equal(0, c.OverlapLength));
        Assert.Equal(word, ChunkAssertions.AssertWellFormed(word, chunks, counter, 256, 32));
    }

    [Fact]
    public void A_long_word_among_others_is_cut_only_itself()
    {
        var text = "antes do blob " + new string('x', 60) + " depois do blob";

        var chunks = Splitter(6, 1).Split(text);

        Assert.Equal("antes do blob", chunks[0].Text);
        Assert.Equal(new string('x', 30), chunks[1].Text);
        Assert.Equal(new string('x', 30), chunks[2].Text);
        Assert.Equal("depois do blob", chunks[^1].Text);
        Assert.Equal(text, ChunkAssertions.AssertWellFormed(text, chunks, WordTokenCounter.Instance, 6, 1));
    }

    [Fact]
    public void Emoji_accents_and_combining_marks_are_never_split()
    {
        var words = new[] { "ótimo", "👍🏽", "👨‍👩‍👧‍👦", "🇧🇷", "cafe\u0301", "n\u0303ao", "ação", "çà", "😀😀😀" };
        var text = string.Join(" ", Enumerable.Range(0, 200).Select(i => words[i % words.Length] + (i % 7 == 6 ? "." : "")));

        foreach (var counter in new ITokenCounter[] { WordTokenCounter.Instance, TokenCounters.MiniLm })
        {
            var chunks = Splitter(9, 3, counter).Split(text);
            Assert.True(chunks.Count > 5);
            Assert.Equal(text, ChunkAssertions.AssertWellFormed(text, chunks, counter, 9, 3));
        }
    }

    [Fact]
    public void A_long_run_of_emoji_is_cut_between_grapheme_clusters()
    {
        var text = string.Concat(Enumerable.Repeat("👍🏽e\u0301👨‍👩‍👧", 300));

        var chunks = Splitter(16, 4).Split(text);

        Assert.True(chunks.Count > 10);
        Assert.Equal(text, ChunkAssertions.AssertWellFormed(text, chunks, WordTokenCounter.Instance, 16, 4));
    }

    [Fact]
    public void Crlf_paragraphs_are_boundaries_and_are_never_split()
    {
        const string text = "Primeiro paragrafo aqui.\r\n\r\nSegundo paragrafo aqui.\r\nLinha dois.\r\n";

        var chunks = Splitter(8, 0).Split(text);

        Assert.Equal(["Primeiro paragrafo aqui.", "Segundo paragrafo aqui.\r\nLinha dois."], Texts(chunks));
    }

    [Fact]
    public void Splitting_is_deterministic_and_idempotent()
    {
        var text = RandomText(new Random(7), 3000);
        var first = Splitter(40, 8, TokenCounters.MiniLm).Split(text);
        var second = Splitter(40, 8, TokenCounters.MiniLm).Split(text);

        Assert.Equal(first, second);
        // A chunk split again with the same options is itself: chunks are already within the limit.
        Assert.All(first, c => Assert.Equal(c.Text, Assert.Single(Splitter(40, 8, TokenCounters.MiniLm).Split(c.Text)).Text));
    }

    [Fact]
    public void Size_limit_overlap_and_reconstruction_hold_for_random_texts()
    {
        var random = new Random(20261125);
        for (var run = 0; run < 150; run++)
        {
            var text = RandomText(random, random.Next(0, 1500));
            var maxTokens = random.Next(8, 80);
            var overlapTokens = random.Next(0, maxTokens);
            ITokenCounter counter = run % 2 == 0 ? WordTokenCounter.Instance : TokenCounters.MiniLm;

            var chunks = Splitter(maxTokens, overlapTokens, counter).Split(text);

            Assert.Equal(text.Trim(), ChunkAssertions.AssertWellFormed(text, chunks, counter, maxTokens, overlapTokens));
        }
    }

    [Fact]
    public void Invalid_options_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Splitter(10, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Splitter(0, 0));
    }

    private static string RandomText(Random random, int words)
    {
        string[] vocabulary =
        [
            "o", "produto", "chegou", "antes", "do", "prazo", "reclamação", "não", "recomendo", "Sr.", "etc.", "ótimo!",
            "péssimo...", "sério?!", "👍🏽", "cafe\u0301", "R$49,90", "https://exemplo.com.br/pedido?id=123", "entrega.", "(atraso).",
            "supercalifragilisticexpialidocious", new string('z', 140), "\"aspas\"", "e-mail", "–", "1.", "2)",
        ];
        string[] separators = [" ", " ", " ", " ", " ", "  ", "\n", "\r\n", "\n\n", "\r\n\r\n", "\t", "\u00A0"];
        var text = new StringBuilder();
        if (random.Next(4) == 0) text.Append(separators[random.Next(separators.Length)]);
        for (var i = 0; i < words; i++)
        {
            if (i > 0) text.Append(separators[random.Next(separators.Length)]);
            text.Append(vocabulary[random.Next(vocabulary.Length)]);
        }
        if (random.Next(4) == 0) text.Append(separators[random.Next(separators.Length)]);
        return text.ToString();
    }
}
