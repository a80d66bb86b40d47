using System.Text;
using RagQa.Core.Ingestion.Parsing;

namespace RagQa.Tests.Ingestion.Parsing;

public sealed class PlainTextParserTests
{
    private static readonly PlainTextParser Parser = new();

    [Fact]
    public async Task The_whole_document_is_one_record_named_after_the_file()
    {
        var record = Assert.Single(await ParserRun.ParseAsync(Parser, "Política de trocas\r\n\r\nTrocas em até 7 dias.\r\nSem custo.\r\n", "politica-trocas.txt"));

        Assert.Equal("politica-trocas", record!.SourceId);
        Assert.Equal("Política de trocas\n\nTrocas em até 7 dias.\nSem custo.", record.Text);
        Assert.Empty(record.Metadata);
    }

    [Fact]
    public async Task Without_a_file_name_the_source_id_is_document() =>
        Assert.Equal("document", Assert.Single(await ParserRun.ParseAsync(Parser, "texto"))!.SourceId);

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t\r\n ")]
    public async Task An_empty_or_blank_file_yields_no_records(string content) => Assert.Empty(await ParserRun.ParseAsync(Parser, content, "x.txt"));

    [Fact]
    public async Task A_latin1_file_is_decoded() =>
        Assert.Equal("Reclamação: não chegou.", Assert.Single(await ParserRun.ParseAsync(Parser, Encoding.Latin1.GetBytes("Reclamação: não chegou."), "r.txt"))!.Text);

    [Fact]
    public async Task Binary_garbage_is_rejected() =>
        await Assert.ThrowsAsync<InvalidDataException>(() => ParserRun.ParseAsync(Parser, ParserRun.BinaryGarbage(), "x.txt"));

    [Theory]
    [InlineData("a\r\nb\rc\nd", "a\nb\nc\nd")]
    [InlineData("a\n  recuo mantido  \n\n\n\nfim  ", "a\n  recuo mantido\n\nfim")]
    [InlineData("col1\tcol2", "col1 col2")]
    [InlineData("página 1\fpágina 2", "página 1\n\npágina 2")]
    [InlineData("sem\u0007controle\u0000", "semcontrole")]
    [InlineData("linha \n   \n\t\nlinha", "linha\n\nlinha")]
    public void Normalise_keeps_lines_and_paragraphs_and_drops_the_rest(string input, string expected) =>
        Assert.Equal(expected, PlainTextParser.Normalise(input));
}
