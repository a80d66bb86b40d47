using RagQa.Core.Guardrails;

namespace RagQa.Tests.Guardrails;

/// <summary>
/// Real-world spellings of personal data that slip past patterns written for the textbook form (issue #19, item 8):
/// each is found, and the redaction replaces exactly the original characters, invisible ones included.
/// </summary>
public sealed class PiiVariantRedactionTests
{
    [Theory]
    [InlineData("529-982-247-25", PiiKind.Cpf)]
    [InlineData("529/982/247-25", PiiKind.Cpf)]
    [InlineData("529.982\u200B.247-25", PiiKind.Cpf)]
    [InlineData("５２９.９８２.２４７-２５", PiiKind.Cpf)]
    [InlineData("529\u00A0982\u00A0247\u201325", PiiKind.Cpf)]
    [InlineData("4111.1111.1111.1111", PiiKind.PaymentCard)]
    [InlineData("4111\u00A01111\u00A01111\u00A01111", PiiKind.PaymentCard)]
    [InlineData("4111\u202F1111\u202F1111\u202F1111", PiiKind.PaymentCard)]
    [InlineData("joao [at] gmail [dot] com", PiiKind.Email)]
    [InlineData("joao(at)gmail(dot)com", PiiKind.Email)]
    [InlineData("joao arroba gmail.com", PiiKind.Email)]
    [InlineData("joao\u200B@gmail.com", PiiKind.Email)]
    [InlineData("joao＠gmail．com", PiiKind.Email)]
    [InlineData("+351 912 345 678", PiiKind.Phone)]
    [InlineData("+1 (415) 555-0100", PiiKind.Phone)]
    [InlineData("+44 20 7946 0958", PiiKind.Phone)]
    [InlineData("(11)\u00A098765\u20114321", PiiKind.Phone)]
    public void The_variant_is_redacted_whole_and_nothing_else_is(string value, PiiKind kind)
    {
        var text = $"Meu contato: {value}. Obrigado!";

        var result = PiiRedactor.Default.Redact(text);

        Assert.Equal($"Meu contato: {PiiRedactor.PlaceholderFor(kind)}. Obrigado!", result.Text);
        Assert.Equal(1, result.Counts[kind]);
    }

    [Fact]
    public void Offsets_refer_to_the_original_text_when_invisible_characters_come_before_the_value()
    {
        const string text = "\u200B\u200Bligue \uFEFF+351 912 345 678";

        var match = Assert.Single(PiiDetector.Default.Detect(text));

        Assert.Equal("+351 912 345 678", text.Substring(match.Index, match.Length));
    }

    [Theory]
    [InlineData("Comprei 2 por +10 reais, nota 5.")]
    [InlineData("A caixa dizia +1 brinde (2 unidades).")]
    [InlineData("Produto código 4111.1111 chegou em 12.03.2018.")]
    [InlineData("Vi o anúncio no site [at] promoção e comprei.")]
    public void Look_alikes_of_the_variants_are_left_alone(string text) => Assert.Same(text, PiiRedactor.Default.Redact(text).Text);
}
