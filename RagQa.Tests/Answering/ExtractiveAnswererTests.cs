using RagQa.Core.Answering;
using RagQa.Core.Retrieval;

namespace RagQa.Tests.Answering;

/// <summary>Aggregate and specific extractive answers, composed from fake counts and hand-written reviews (no database).</summary>
public sealed class ExtractiveAnswererTests
{
    [Fact]
    public void A_complaint_breakdown_lists_themes_with_real_counts_and_quotes_in_portuguese()
    {
        var breakdown = AnswerTestData.Complaints();
        var sources = AnswerSources.FromBreakdown(breakdown, AnswerLanguage.Portuguese);

        var draft = ExtractiveAnswerer.Breakdown(breakdown, sources, AnswerLanguage.Portuguese);

        var lines = draft.Text.Split('\n');
        Assert.StartsWith("Modo extrativo (sem modelo de linguagem)", lines[0]);
        Assert.Equal("Entre as 528 avaliações negativas (nota 1 a 2), os temas de reclamação mais frequentes são:", lines[1]);
        Assert.Equal("1) Produto não recebido — 154 avaliações (29%): “Pedido não entregue. Não recebi o produto até hoje.” [1]", lines[2]);
        Assert.StartsWith("2) Itens faltando (entrega parcial) — 72 avaliações (14%): “", lines[3]);
        Assert.Matches(@"^3\) Atraso na entrega — 42 avaliações \(8%\): “.+” \[3\]; “.+” \[4\]$", lines[4]);
        Assert.Equal("412 das 528 avaliações (78%) citam pelo menos um tema do vocabulário; uma avaliação pode citar mais de um.", lines[5]);
        Assert.Equal(ExtractiveAnswerer.Mode, draft.Mode);
    }

    [Fact]
    public void Every_quote_is_an_exact_substring_of_its_chunk_and_every_sentence_is_grounded()
    {
        var breakdown = AnswerTestData.Complaints();
        var sources = AnswerSources.FromBreakdown(breakdown, AnswerLanguage.Portuguese);

        var draft = ExtractiveAnswerer.Breakdown(breakdown, sources, AnswerLanguage.Portuguese);
        var grounding = GroundingValidator.Validate(draft.Text, draft.Sources, draft.Framing, AnswerLanguage.Portuguese, 0.5, removeUnsupported: false);

        Assert.Equal(4, sources.Count);
        Assert.All(sources, s => Assert.Contains(s.Quote, s.Chunk.Text, StringComparison.Ordinal));
        Assert.Equal(1.0, grounding.Coverage);
        Assert.Equal([1, 2, 3, 4], grounding.CitedSources);
        Assert.Equal(draft.Text, grounding.Text);
    }

    [Theory]
    [InlineData(AnswerLanguage.English, "Extractive mode (no language model)", "Among the 528 negative reviews (score 1 to 2), the most frequent complaint themes are:", "1) Order not received — 154 reviews (29%):")]
    [InlineData(AnswerLanguage.Spanish, "Modo extractivo (sin modelo de lenguaje)", "Entre las 528 reseñas negativas (nota 1 a 2), los temas de queja más frecuentes son:", "1) Producto no recibido — 154 reseñas (29%):")]
    public void Framing_and_theme_names_follow_the_question_s_language(AnswerLanguage language, string mode, string intro, string firstTheme)
    {
        var breakdown = AnswerTestData.Complaints();
        var sources = AnswerSources.FromBreakdown(breakdown, language);

        var draft = ExtractiveAnswerer.Breakdown(breakdown, sources, language);
        var grounding = GroundingValidator.Validate(draft.Text, draft.Sources, draft.Framing, language, 0.5, removeUnsupported: false);

        var lines = draft.Text.Split('\n');
        Assert.StartsWith(mode, lines[0]);
        Assert.Equal(intro, lines[1]);
        Assert.StartsWith(firstTheme, lines[2]);
        Assert.Equal(1.0, grounding.Coverage);
    }

    [Fact]
    public void Praise_breakdowns_say_so()
    {
        var breakdown = new ThemeBreakdown(ThemePolarity.Praise, new ScoreRange(4, null), 1301, 1100,
            [new ThemeCount(ReviewThemes.FastDelivery, 511, [new ThemeExample(AnswerTestData.Review("Entrega super rápida, antes do prazo.", 5), 0.1)])]);

        var draft = ExtractiveAnswerer.Breakdown(breakdown, AnswerSources.FromBreakdown(breakdown, AnswerLanguage.Portuguese), AnswerLanguage.Portuguese);

        Assert.Contains("Entre as 1301 avaliações positivas (nota 4 a 5), os temas de elogio mais frequentes são:", draft.Text);
        Assert.Contains("1) Entrega rápida ou antes do prazo — 511 avaliações (39%): “Entrega super rápida, antes do prazo.” [1]", draft.Text);
    }

    [Fact]
    public void A_breakdown_without_themes_says_so_without_citations()
    {
        var breakdown = new ThemeBreakdown(ThemePolarity.Complaint, new ScoreRange(null, 2), 3, 0, []);

        var draft = ExtractiveAnswerer.Breakdown(breakdown, [], AnswerLanguage.Portuguese);

        Assert.EndsWith("Nenhuma das 3 avaliações negativas (nota 1 a 2) cita um tema do vocabulário.", draft.Text);
        Assert.Empty(draft.Sources);
    }



    [Fact]
    public void A_specific_answer_quotes_the_most_relevant_passages_around_the_question_s_words()
    {
        var retrieved = new[]
        {
            new RetrievedChunk(AnswerTestData.Review("Gostei da cor. O produto chegou quebrado e sem manual."), 0.03, 1, 1, 0.6),
            new RetrievedChunk(AnswerTestData.Review("Quebrou no primeiro uso."), 0.02, 2, null, 0.5),
        };
        var sources = AnswerSources.FromRetrieved("Os produtos chegam quebrados?", retrieved, 5);

        var draft = ExtractiveAnswerer.Specific(sources, AnswerLanguage.Portuguese);

        Assert.Equal("Modo extrativo (sem modelo de linguagem): os 2 trechos mais relevantes dizem:\n" +
            "[1] “O produto chegou quebrado e sem manual.”\n[2] “Quebrou no primeiro uso.”", draft.Text);
    }

    [Fact]
    public void Nothing_retrieved_is_said_plainly()
    {
        var draft = ExtractiveAnswerer.Specific([], AnswerLanguage.English);

        Assert.Equal("Extractive mode (no language model): I found no relevant reviews for this question.", draft.Text);
    }
}
