using RagQa.Core.Guardrails;

namespace RagQa.Tests.Guardrails;

public sealed class CnpjDetectorTests
{
    [Theory]
    [InlineData("11.222.333/0001-81")]
    [InlineData("11222333000181")]
    [InlineData("12.ABC.345/01DE-35")]
    public void Valid_numeric_and_alphanumeric_cnpjs_are_found(string cnpj)
    {
        var text = $"CNPJ do vendedor: {cnpj}.";
        var matches = new List<PiiMatch>();
        new CnpjDetector().Detect(text, matches);

        var match = Assert.Single(matches);
        Assert.Equal(cnpj, text.Substring(match.Index, match.Length));
    }

    [Theory]
    [InlineData("11.222.333/0001-82")]
    [InlineData("00.000.000/0000-00")]
    [InlineData("12ABC34501DE35")]
    [InlineData("11.222.333/0001-811")]
    public void Wrong_check_digits_zeros_unpunctuated_alphanumerics_and_longer_numbers_are_rejected(string text)
    {
        var matches = new List<PiiMatch>();
        new CnpjDetector().Detect(text, matches);
        Assert.Empty(matches);
    }

    [Fact]
    public void Lowercase_letters_are_not_part_of_an_alphanumeric_cnpj() => Assert.False(CnpjDetector.IsValid("12.abc.345/01de-35"));
}
