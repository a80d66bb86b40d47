using RagQa.Core.Answering;

namespace RagQa.Tests.Answering;

public sealed class GroundingValidatorTests
{
    private static readonly AnswerSource[] Sources =
    [
        AnswerTestData.Source(1, "Produto chegou quebrado e a caixa veio toda amassada. Péssimo."),
        AnswerTestData.Source(2, "Tema: Atraso na entrega — 42 de 528 avaliações negativas (8%). Avaliação: Demorou demais para chegar."),
    ];

    private static GroundingResult Validate(string answer, bool remove = true, params string[] framing) =>
        GroundingValidator.Validate(answer, Sources, framing, AnswerLanguage.Portuguese, minSupport: 0.5, removeUnsupported: remove);

    [Fact]
    public void A_sentence_that_restates_its_cited_source_is_kept()
    {
        var result = Validate("O produto chegou quebrado, com a caixa amassada [1]. O atraso na entrega aparece em 42 avaliações negativas [2].");

        Assert.Equal(1.0, result.Coverage);
        Assert.Equal([1, 2], result.CitedSources);
        Assert.Equal(0, result.UnsupportedSentences);
    }

    [Fact]
    public void An_invented_sentence_is_removed_and_lowers_the_coverage()
    {
        var result = Validate("O produto chegou quebrado [1]. A empresa foi fundada em 1999 por astronautas [1].");

        Assert.Equal("O produto chegou quebrado [1].", result.Text);
        Assert.Equal(0.5, result.Coverage);
        Assert.Equal(1, result.UnsupportedSentences);
    }

    [Fact]
    public void A_claim_without_a_citation_is_unsupported()
    {
        var result = Validate("Os clientes adoram a loja. O produto chegou quebrado [1].");

        Assert.Equal("O produto chegou quebrado [1].", result.Text);
        Assert.Equal(0.5, result.Coverage);
    }

    [Fact]
    public void A_number_the_cited_source_does_not_contain_is_unsupported()
    {
        var result = Validate("O atraso na entrega aparece em 420 avaliações negativas [2].");

        Assert.Equal("", result.Text);
        Assert.Equal(0, result.Coverage);
    }

    [Fact]
    public void A_quote_must_occur_in_the_cited_source_ignoring_accents_case_and_spaces()
    {
        Assert.Equal(1.0, Validate("Um cliente escreveu: “produto  chegou QUEBRADO e a caixa veio toda amassada” [1].").Coverage);
        Assert.Equal(0, Validate("Um cliente escreveu: \"chegou intacto e lindo\" [1].").Coverage);
        Assert.Equal(0, Validate("Um cliente escreveu: “Demorou demais para chegar” [1].").Coverage);
    }

    [Fact]
    public void Markers_pointing_at_no_source_are_dropped_and_do_not_ground_anything()
    {
        var result = Validate("O produto chegou quebrado [1][7]. A caixa veio amassada [9].");

        Assert.Equal("O produto chegou quebrado [1].", result.Text);
        Assert.Equal([1], result.CitedSources);
    }

    [Fact]
    public void Markers_after_the_full_stop_belong_to_the_sentence_before()
    {
        var result = Validate("O produto chegou quebrado. [1] A caixa veio amassada. [1]");

        Assert.Equal(1.0, result.Coverage);
        Assert.Equal(2, result.SupportedSentences);
    }

    [Fact]
    public void Full_stops_inside_quotations_do_not_split_sentences() =>
        Assert.Equal(["Ele disse “Chegou quebrado. Péssimo.” [1]", " Fim."], GroundingValidator.SplitSentences("Ele disse “Chegou quebrado. Péssimo.” [1] Fim."));

    [Fact]
    public void Framing_sentences_are_supported_by_construction_and_neutral_lines_do_not_count()
    {
        var result = Validate("Modo extrativo (sem modelo de linguagem): os 2 trechos mais relevantes dizem:\nExemplos:\n[1] “Produto chegou quebrado e a caixa veio toda amassada.”",
            true, "Modo extrativo (sem modelo de linguagem): os 2 trechos mais relevantes dizem:");

        Assert.Equal(1.0, result.Coverage);
        Assert.Equal(1, result.SupportedSentences);
        Assert.Contains("Exemplos:", result.Text);
        Assert.Equal(3, result.Text.Split('\n').Length);
    }

    [Fact]
    public void Without_removal_unsupported_sentences_stay_but_still_count()
    {
        var result = Validate("O produto chegou quebrado [1]. A loja é a melhor do Brasil [1].", remove: false);

        Assert.Contains("melhor do Brasil", result.Text);
        Assert.Equal(0.5, result.Coverage);
    }

    [Fact]
    public void An_answer_in_another_language_than_its_sources_is_checked_on_quotes_and_numbers_only()
    {
        var english = GroundingValidator.Validate("Late delivery shows up in 42 negative reviews [2]. One said the box was crushed [1].",
            Sources, [], AnswerLanguage.English, 0.5, removeUnsupported: true);
        var inventedNumber = GroundingValidator.Validate("Late delivery shows up in 99 negative reviews [2].",
            Sources, [], AnswerLanguage.English, 0.5, removeUnsupported: true);

        Assert.Equal(1.0, english.Coverage);
        Assert.Equal(0, inventedNumber.Coverage);
    }

    [Fact]
    public void An_answer_with_nothing_grounded_has_zero_coverage() => Assert.Equal(0, Validate("").Coverage);
}
