using RagQa.Core.Guardrails;

namespace RagQa.Tests.Guardrails;

public sealed class PiiTextNormalizerTests
{
    [Fact]
    public void Plain_ascii_text_is_not_copied()
    {
        const string text = "Pedido chegou, CPF 529.982.247-25.";

        var view = PiiTextNormalizer.Normalize(text);

        Assert.Same(text, view.Text);
        Assert.False(view.IsMapped);
    }

    [Theory]
    [InlineData("５２９", "529")]
    [InlineData("a\u200Bb\u00ADc\uFEFFd", "abcd")]
    [InlineData("1\u00A02\u20093\u202F4", "1 2 3 4")]
    [InlineData("1\u20102\u20113\u20134\u20145\u22126", "1-2-3-4-5-6")]
    [InlineData("joao [at] gmail [dot] com", "joao@gmail.com")]
    [InlineData("joao (arroba) uol (ponto) com", "joao@uol.com")]
    [InlineData("joao arroba uol.com", "joao@uol.com")]
    [InlineData("São João", "São João")]
    public void Writes_the_detection_form(string text, string expected) => Assert.Equal(expected, PiiTextNormalizer.Normalize(text).Text);

    [Fact]
    public void A_match_on_the_normalised_text_maps_back_to_every_original_character_it_came_from()
    {
        const string text = "x ５\u200B２ [at] y";
        var view = PiiTextNormalizer.Normalize(text);
        Assert.Equal("x 52@y", view.Text);

        var original = view.ToOriginal(new PiiMatch(PiiKind.Email, 2, 4));

        Assert.Equal("５\u200B２ [at] y", text.Substring(original.Index, original.Length));
    }
}
