using RagQa.Core.Answering;

namespace RagQa.Tests.Answering;

public sealed class CitationMarkersTests
{
    [Theory]
    [InlineData("Chegou quebrado [1].", new[] { 1 })]
    [InlineData("Atrasou [2][3] e não avisaram [2].", new[] { 2, 3 })]
    [InlineData("Ver [1, 4] e [5; 6].", new[] { 1, 4, 5, 6 })]
    [InlineData("[ 7 ] com espaços", new[] { 7 })]
    [InlineData("Sem citação. [a] [] [1a]", new int[0])]
    public void Parse_finds_every_number_once_in_order(string text, int[] expected) => Assert.Equal(expected, CitationMarkers.Parse(text));

    [Fact]
    public void Strip_removes_the_markers() => Assert.Equal("Chegou quebrado .", CitationMarkers.Strip("Chegou quebrado [1][2]."));

    [Fact]
    public void Markers_that_point_at_no_source_are_dropped()
    {
        var kept = CitationMarkers.KeepValid("Atrasou [1] e veio errado [9]. Ver [2, 9] e [3;4].", i => i is >= 1 and <= 3);

        Assert.Equal("Atrasou [1] e veio errado. Ver [2] e [3].", kept);
    }
}
