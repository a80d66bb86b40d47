using RagQa.Core.Guardrails;

namespace RagQa.Tests.Guardrails;

public sealed class PiiRedactorTests
{
    [Fact]
    public void Each_kind_is_replaced_by_its_placeholder_and_counted()
    {
        var result = PiiRedactor.Default.Redact(
            "CPF 529.982.247-25, CNPJ 11.222.333/0001-81, joao@gmail.com, (11) 98765-4321, cartão 4111 1111 1111 1111 e +55 21 3456-7890.");

        Assert.Equal("CPF [CPF], CNPJ [CNPJ], [EMAIL], [TELEFONE], cartão [CARTAO] e [TELEFONE].", result.Text);
        Assert.Equal(6, result.Total);
        Assert.Equal(2, result.Counts[PiiKind.Phone]);
        Assert.Equal(1, result.Counts[PiiKind.Cpf]);
        Assert.Equal(1, result.Counts[PiiKind.Cnpj]);
        Assert.Equal(1, result.Counts[PiiKind.Email]);
        Assert.Equal(1, result.Counts[PiiKind.PaymentCard]);
    }

    [Fact]
    public void Text_without_personal_data_comes_back_as_the_same_instance()
    {
        const string text = "Pedido 73fc7af87114b39712e6da79b0a377eb entregue em 02/01/2018, paguei R$ 1.234,56, 3 unidades.";

        var result = PiiRedactor.Default.Redact(text);

        Assert.Same(text, result.Text);
        Assert.Empty(result.Counts);
        Assert.Equal(0, result.Total);
    }

    [Fact]
    public void The_longest_overlapping_match_wins()
    {
        Assert.Equal("[EMAIL]", PiiRedactor.Default.Redact("joao.52998224725@gmail.com").Text);
        Assert.Equal("ligue [TELEFONE]", PiiRedactor.Default.Redact("ligue +55 11 98765-4321").Text);
    }

    [Fact]
    public void A_span_claimed_by_two_kinds_goes_to_the_stronger_checksum()
    {
        // 11 bare digits that are both a valid CPF and a São Paulo mobile number shape (DDD 11, 9 digits).
        const string text = "11987654374";
        var phones = new List<PiiMatch>();
        new PhoneDetector().Detect(text, phones);
        Assert.Single(phones);

        Assert.Equal(PiiKind.Cpf, Assert.Single(PiiDetector.Default.Detect(text)).Kind);
    }

    [Fact]
    public void Overlap_resolution_is_independent_of_detector_order()
    {
        const string text = "CPF 529.982.247-25 / +55 11 98765-4321 / maria@uol.com.br / 4111 1111 1111 1111";
        var forward = new PiiDetector([new CpfDetector(), new CnpjDetector(), new EmailDetector(), new PhoneDetector(), new PaymentCardDetector()]);
        var backward = new PiiDetector([new PaymentCardDetector(), new PhoneDetector(), new EmailDetector(), new CnpjDetector(), new CpfDetector()]);

        Assert.Equal(forward.Detect(text), backward.Detect(text));
    }

    [Theory]
    [InlineData(PiiKind.Cpf, "[CPF]")]
    [InlineData(PiiKind.Cnpj, "[CNPJ]")]
    [InlineData(PiiKind.Email, "[EMAIL]")]
    [InlineData(PiiKind.Phone, "[TELEFONE]")]
    [InlineData(PiiKind.PaymentCard, "[CARTAO]")]
    public void Placeholders_are_typed(PiiKind kind, string placeholder) => Assert.Equal(placeholder, PiiRedactor.PlaceholderFor(kind));
}
