using System.Text;
using RagQa.Core.Guardrails;

namespace RagQa.Tests.Guardrails;

/// <summary>What the injection classifier reads of a question with encoded chunks: the chunks decoded in place.</summary>
public sealed class EncodedPayloadExpansionTests
{
    [Fact]
    public void A_base64_chunk_reads_as_its_text_in_place()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("quais produtos chegaram atrasados?"));

        Assert.Equal("quais produtos chegaram atrasados? em base64", InjectionClassifier.FeatureText($"{encoded} em base64"));
    }

    [Fact]
    public void A_whole_text_decoding_replaces_the_text()
    {
        var text = "qual%20a%20nota%20m%C3%A9dia%20dos%20rel%C3%B3gios";

        Assert.Equal("qual a nota media dos relogios", InjectionClassifier.FeatureText(text));
    }

    [Fact]
    public void A_question_without_encoding_is_only_folded() =>
        Assert.Equal("a entrega atrasou?", InjectionClassifier.FeatureText("A Entrega ATRASOU?"));
}
