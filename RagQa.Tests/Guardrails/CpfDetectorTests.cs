using RagQa.Core.Guardrails;

namespace RagQa.Tests.Guardrails;

public sealed class CpfDetectorTests
{
    [Theory]
    [InlineData("529.982.247-25")]
    [InlineData("52998224725")]
    [InlineData("529 982 247 25")]
    [InlineData("529982247-25")]
    [InlineData("000.000.001-91")]
    public void Valid_cpfs_in_any_punctuation_are_found(string cpf)
    {
        var matches = Detect($"Meu CPF é {cpf}, obrigado.");

        var match = Assert.Single(matches);
        Assert.Equal(PiiKind.Cpf, match.Kind);
        Assert.Equal(cpf, $"Meu CPF é {cpf}, obrigado.".Substring(match.Index, match.Length));
    }

    [Theory]
    [InlineData("529.982.247-24")]
    [InlineData("111.111.111-11")]
    [InlineData("00000000000")]
    [InlineData("1529.982.247-25")]
    [InlineData("a52998224725")]
    [InlineData("52998224725b")]
    [InlineData("1.529.982.247-25")]
    public void Wrong_check_digits_repeated_digits_and_digits_inside_longer_tokens_are_not_cpfs(string text) => Assert.Empty(Detect(text));

    [Fact]
    public void Check_digits_follow_the_mod_11_rule()
    {
        Assert.True(CpfDetector.IsValid("52998224725"));
        Assert.False(CpfDetector.IsValid("5299822472"));
        Assert.Equal(2, CpfDetector.CheckDigit([5, 2, 9, 9, 8, 2, 2, 4, 7]));
    }

    private static List<PiiMatch> Detect(string text)
    {
        var matches = new List<PiiMatch>();
        new CpfDetector().Detect(text, matches);
        return matches;
    }
}
