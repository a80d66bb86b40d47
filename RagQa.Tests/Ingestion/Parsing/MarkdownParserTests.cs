using System.Text;
using RagQa.Core.Ingestion.Parsing;

namespace RagQa.Tests.Ingestion.Parsing;

public sealed class MarkdownParserTests
{
    private static readonly MarkdownParser Parser = new();

    [Fact]
    public async Task Each_top_level_section_is_a_record_with_its_heading_as_metadata()
    {
        var records = await ParserRun.ParseAsync(Parser, "# Entrega\r\nPrazo de **7 dias**.\r\n\r\n# Trocas\r\nVeja [a política](https://x.com).\r\n", "faq.md");

        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal("faq", r!.SourceId));
        Assert.Equal(("Entrega", "Entrega\n\nPrazo de 7 dias."), (records[0]!.Metadata[MarkdownParser.SectionKey], records[0]!.Text));
        Assert.Equal(("Trocas", "Trocas\n\nVeja a política."), (records[1]!.Metadata[MarkdownParser.SectionKey], records[1]!.Text));
    }

    [Fact]
    public async Task A_document_without_headings_is_one_record_without_section_metadata()
    {
        var record = Assert.Single(await ParserRun.ParseAsync(Parser, "Texto *simples*.", "nota.markdown"));

        Assert.Equal(("nota", "Texto simples."), (record!.SourceId, record.Text));
        Assert.Empty(record.Metadata);
    }

    [Fact]
    public async Task An_empty_file_yields_no_records() => Assert.Empty(await ParserRun.ParseAsync(Parser, "", "vazio.md"));

    [Fact]
    public async Task A_latin1_file_is_decoded() =>
        Assert.Equal("Reclamação\n\nnão chegou", Assert.Single(await ParserRun.ParseAsync(Parser, Encoding.Latin1.GetBytes("# Reclamação\nnão chegou"), "r.md"))!.Text);

    [Fact]
    public async Task Binary_garbage_is_rejected() =>
        await Assert.ThrowsAsync<InvalidDataException>(() => ParserRun.ParseAsync(Parser, ParserRun.BinaryGarbage(), "x.md"));
}
