using RagQa.Core.Guardrails;

namespace RagQa.Tests.Guardrails;

public sealed class PhoneDetectorTests
{
    [Theory]
    [InlineData("(11) 98765-4321")]
    [InlineData("(11)98765-4321")]
    [InlineData("+55 11 987654321")]
    [InlineData("+55 (21) 3456-7890")]
    [InlineData("+5511987654321")]
    [InlineData("55 11 98765-4321")]
    [InlineData("11987654321")]
    [InlineData("1134567890")]
    [InlineData("(21) 3456-7890")]
    [InlineData("21 3456-7890")]
    [InlineData("(011) 98765-4321")]
    [InlineData("0xx11 98765-4321")]
    [InlineData("11 9 8765-4321")]
    [InlineData("11.98765.4321")]
    [InlineData("98765-4321")]
    public void Brazilian_numbers_in_common_formats_are_found(string phone)
    {
        var text = $"Me liguem no {phone} amanhã.";

        var match = Assert.Single(Detect(text));
        Assert.Equal(phone, text.Substring(match.Index, match.Length));
    }

    [Theory]
    [InlineData("+54 9 11 2345-6789")]
    [InlineData("+351 912 345 678")]
    [InlineData("+1 (415) 555-0100")]
    public void An_international_number_is_one_match_even_when_it_holds_a_brazilian_looking_one(string phone)
    {
        var text = $"Liguem no {phone} à noite.";

        var match = Assert.Single(Detect(text));
        Assert.Equal(phone, text.Substring(match.Index, match.Length));
    }

    [Theory]
    [InlineData("telefone: 3456-7890", "3456-7890")]
    [InlineData("WhatsApp 98765 4321", "98765 4321")]
    [InlineData("celular 987654321", "987654321")]
    public void Numbers_without_area_code_count_after_a_phone_word(string text, string phone)
    {
        var match = Assert.Single(Detect(text));
        Assert.Equal(phone, text.Substring(match.Index, match.Length));
    }

    [Theory]
    [InlineData("código 3456-7890 do produto")]
    [InlineData("CEP 01310-100")]
    [InlineData("entregue em 2018-01-02 10:00:00")]
    [InlineData("(23) 3456-7890")]
    [InlineData("celular modelo 2015-2018")]
    [InlineData("SAC 0800 722 7272")]
    [InlineData("pedido a548910a1c6147796b98fdf73dbeba33")]
    public void Look_alikes_and_unassigned_area_codes_are_not_phones(string text) => Assert.Empty(Detect(text));

    [Theory]
    [InlineData("11", true)]
    [InlineData("99", true)]
    [InlineData("20", false)]
    [InlineData("23", false)]
    [InlineData("1", false)]
    public void Only_assigned_area_codes_are_accepted(string ddd, bool expected) => Assert.Equal(expected, PhoneDetector.IsAreaCode(ddd));

    private static List<PiiMatch> Detect(string text)
    {
        var matches = new List<PiiMatch>();
        new PhoneDetector().Detect(text, matches);
        return matches;
    }
}
