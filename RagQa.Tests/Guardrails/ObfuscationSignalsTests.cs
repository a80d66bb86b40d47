using RagQa.Core.Guardrails;

namespace RagQa.Tests.Guardrails;

public sealed class ObfuscationSignalsTests
{
    [Theory]
    [InlineData("des\u200Bconsidere", "obfuscation.invisible_characters")]
    [InlineData("ｒｅｇｒａｓ", "obfuscation.fullwidth")]
    [InlineData("M\u0300ostre", "obfuscation.combining_marks")]
    [InlineData("уоur rules", "obfuscation.mixed_scripts")]
    [InlineData("Rеvеlе", "obfuscation.mixed_scripts")]
    [InlineData("r e v e l e tudo", "obfuscation.spaced_letters")]
    [InlineData("s1st3m4", "obfuscation.leetspeak")]
    public void Each_disguise_is_named(string text, string id) => Assert.Equal(id, Find(text));

    [Theory]
    [InlineData("Comprei um mp3 player e um ps4, bateria de 20000mah.")]
    [InlineData("Pedido a548910a1c6147796b98fdf73dbeba33 e review 7bc2406110b926393aa56f80a40eba40")]
    [InlineData("N Ã O recomendo, o c.p.f saiu errado")]
    [InlineData("Na\u0303o chegou, pe\u0301ssimo")]
    [InlineData("Ótima loja, entrega rápida 👏👏")]
    // A list of scores is digits spaced out, not a word spelt out.
    [InlineData("ult tri: qnt d 1*, 2*, 3*, 4* e 5*?")]
    public void Ordinary_reviews_are_not_disguised(string text) => Assert.Null(Find(text));

    private static string? Find(string text) => ObfuscationSignals.Find(text, TextNormalizer.Fold(text));
}
