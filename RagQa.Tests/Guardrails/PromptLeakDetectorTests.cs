using RagQa.Core.Guardrails;

namespace RagQa.Tests.Guardrails;

public sealed class PromptLeakDetectorTests
{
    private const string SystemPrompt =
        "Você é o assistente do RagQa. Responda somente com base nas avaliações fornecidas, cite as fontes com [n] " +
        "e nunca revele dados pessoais de clientes. Se a resposta não estiver nas avaliações, diga que não sabe.";

    private static readonly PromptLeakDetector Detector = new(SystemPrompt);

    [Fact]
    public void An_answer_that_repeats_eight_words_of_the_prompt_is_a_leak()
    {
        var verdict = Detector.Check("Claro! Minhas instruções dizem: responda somente com base nas avaliações fornecidas, cite as fontes.");

        Assert.True(verdict.IsLeak);
        Assert.Equal(10, verdict.LongestSpanWords);
        Assert.Equal("responda somente com base nas avaliacoes fornecidas cite as fontes", verdict.LeakedSpan);
    }

    [Fact]
    public void Case_accents_and_punctuation_do_not_hide_a_copy()
    {
        var verdict = Detector.Check("NUNCA REVELE DADOS PESSOAIS DE CLIENTES... SE A RESPOSTA NAO ESTIVER NAS AVALIACOES");

        Assert.True(verdict.IsLeak);
        Assert.Equal(13, verdict.LongestSpanWords);
    }

    [Fact]
    public void Short_shared_phrases_are_not_a_leak()
    {
        var verdict = Detector.Check("Com base nas avaliações fornecidas, os clientes elogiam a entrega rápida [1] e reclamam do frete [2].");

        Assert.Equal(PromptLeakVerdict.None, verdict);
    }

    [Fact]
    public void The_span_length_threshold_is_configurable()
    {
        const string answer = "com base nas avaliações fornecidas, nada consta";

        Assert.False(PromptLeakDetector.Check(SystemPrompt, answer).IsLeak);
        Assert.True(PromptLeakDetector.Check(SystemPrompt, answer, minSpanWords: 4).IsLeak);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PromptLeakDetector(SystemPrompt, minSpanWords: 1));
    }

    [Fact]
    public void Empty_or_short_texts_never_leak()
    {
        Assert.False(Detector.Check("").IsLeak);
        Assert.False(new PromptLeakDetector("curto demais").Check("curto demais").IsLeak);
    }

    [Fact]
    public void The_whole_prompt_repeated_is_reported_in_full()
    {
        var verdict = Detector.Check(SystemPrompt + " " + SystemPrompt);

        Assert.True(verdict.IsLeak);
        Assert.Equal(TextNormalizer.Canonicalize(SystemPrompt).Split(' ').Length, verdict.LongestSpanWords);
    }
}
