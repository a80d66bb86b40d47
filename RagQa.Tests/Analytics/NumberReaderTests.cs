using RagQa.Core.Analytics.Tools;

namespace RagQa.Tests.Analytics;

/// <summary>Numbers as pt/en/es answers write them, read back with every value they can stand for.</summary>
public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("528", 528.0, 0)]
    [InlineData("3,68", 3.68, 2)]
    [InlineData("3.68", 3.68, 2)]
    [InlineData("26,4", 26.4, 1)]
    [InlineData("1.234,5", 1234.5, 1)]
    [InlineData("1,234.5", 1234.5, 1)]
    [InlineData("1.234.567", 1234567.0, 0)]
    [InlineData("0,264", 0.264, 3)]
    [InlineData("12,3456", 12.3456, 4)]
    public void A_number_with_one_reading(string text, double value, int decimals)
    {
        var number = Assert.Single(NumberReader.Read(text));

        Assert.Equal([(value, decimals)], number.Readings);
        Assert.False(number.IsPercent);
    }

    [Theory]
    [InlineData("2.000")]
    [InlineData("2,000")]
    public void Three_digits_after_one_separator_are_read_both_ways(string text)
    {
        var number = Assert.Single(NumberReader.Read(text));

        Assert.Equal([(2000.0, 0), (2.0, 3)], number.Readings);
    }

    [Theory]
    [InlineData("26,4%")]
    [InlineData("26.4 %")]
    [InlineData("26,4\u00A0%")]
    [InlineData("26,4 por cento")]
    [InlineData("26.4 percent")]
    [InlineData("26,4 por ciento")]
    public void Percentages_in_every_language(string text)
    {
        var number = Assert.Single(NumberReader.Read("são " + text + " das avaliações"));

        Assert.True(number.IsPercent);
        Assert.Equal([(26.4, 1)], number.Readings);
    }

    [Fact]
    public void Every_number_of_a_sentence_in_order_and_not_the_sentence_end()
    {
        var numbers = NumberReader.Read("Em 2017, 206 de 858 avaliações (24,0%) tinham nota 1 ou 2. A média foi 3,68.");

        Assert.Equal(["2017", "206", "858", "24,0%", "1", "2", "3,68"], numbers.Select(n => n.Text));
    }

    [Fact]
    public void Dates_are_read_as_their_parts()
    {
        Assert.Equal(["2018", "03", "31", "08", "2018"], NumberReader.Read("de 2018-03 até 31/08/2018").Select(n => n.Text));
    }

    [Fact]
    public void Digits_inside_words_and_a_list_numbering_are_not_numbers_of_the_answer()
    {
        var numbers = NumberReader.Read("1. Arquivo mp3 e modelo X200\n2) Total: 998\n- 3. nota 5");

        Assert.Equal(["998", "5"], numbers.Select(n => n.Text));
    }
}
