using RagQa.Core.Guardrails;

namespace RagQa.Tests.Guardrails;

public sealed class PaymentCardDetectorTests
{
    [Theory]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("4111-1111-1111-1111")]
    [InlineData("4111111111111111")]
    [InlineData("3782 822463 10005")]
    [InlineData("5555 5555 5555 4444")]
    [InlineData("2221 0000 0000 0009")]
    [InlineData("6362 9700 0045 7013")]
    public void Luhn_valid_numbers_with_a_card_prefix_are_found(string card)
    {
        var text = $"Paguei com o cartão {card} em 3x.";

        var match = Assert.Single(Detect(text));
        Assert.Equal(card, text.Substring(match.Index, match.Length));
    }

    [Fact]
    public void Short_groups_next_to_the_number_are_not_part_of_it()
    {
        const string text = "comprei 2 4111 1111 1111 1111 12 vezes";

        var match = Assert.Single(Detect(text));
        Assert.Equal("4111 1111 1111 1111", text.Substring(match.Index, match.Length));
    }

    [Theory]
    [InlineData("4111 1111 1111 1112")]
    [InlineData("7891234567895")]
    [InlineData("1111 1111 1111 1111")]
    [InlineData("3518 0512 3456 7800 0195 5500 1000 0000 0110 0000 0015")]
    [InlineData("23793.38128 60000.000003 00000.000400 1 84340000010000")]
    public void Luhn_failures_barcodes_and_longer_digit_runs_are_not_cards(string text) => Assert.Empty(Detect(text));

    [Fact]
    public void The_luhn_check_doubles_every_second_digit_from_the_right()
    {
        Assert.True(PaymentCardDetector.IsLuhnValid([7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 3]));
        Assert.False(PaymentCardDetector.IsLuhnValid([7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 4]));
    }

    private static List<PiiMatch> Detect(string text)
    {
        var matches = new List<PiiMatch>();
        new PaymentCardDetector().Detect(text, matches);
        return matches;
    }
}
