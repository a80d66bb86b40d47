using System.Text;
using RagQa.Core.Ingestion;
using RagQa.Core.Ingestion.Parsing;

namespace RagQa.Tests.Ingestion.Parsing;

public sealed class CsvDocumentParserTests
{
    private static readonly CsvDocumentParser Parser = new();
    private static readonly CsvMapping Mapping = new(["texto"], "id", ["nota"]);

    [Fact]
    public async Task Rows_become_records_with_ids_and_metadata()
    {
        var records = await ParserRun.ParseAsync(Parser, "id,texto,nota\n1,\"Chegou rápido, recomendo\",5\n2,,3\n3,\"Veio \"\"quebrado\"\"\nem duas partes\",1\n", mapping: Mapping);

        Assert.Equal(3, records.Count);
        Assert.Equal(("1", "Chegou rápido, recomendo", "5"), (records[0]!.SourceId, records[0]!.Text, records[0]!.Metadata["nota"]));
        Assert.Null(records[1]);
        Assert.Equal(("3", "Veio \"quebrado\" em duas partes", "1"), (records[2]!.SourceId, records[2]!.Text, records[2]!.Metadata["nota"]));
    }

    [Fact]
    public async Task The_upload_options_mapping_is_used()
    {
        var options = DocumentParseOptions.FromUpload("x.csv", new Dictionary<string, string> { ["text_columns"] = "texto", ["id_column"] = "id" });
        var records = new List<SourceRecord?>();
        await foreach (var record in Parser.ParseAsync(new MemoryStream("id,texto\n7,Bom\n"u8.ToArray()), options, CancellationToken.None)) records.Add(record);

        Assert.Equal("7", Assert.Single(records)!.SourceId);
    }

    [Fact]
    public async Task The_tab_delimiter_of_a_tsv_is_detected() =>
        Assert.Equal("Entrega ok", Assert.Single(await ParserRun.ParseAsync(Parser, "id\ttexto\tnota\n1\tEntrega ok\t4\n", "a.tsv", Mapping))!.Text);

    [Fact]
    public async Task A_utf8_byte_order_mark_does_not_end_up_in_the_first_column_name()
    {
        var records = await ParserRun.ParseAsync(Parser, [.. Encoding.UTF8.GetPreamble(), .. "id,texto,nota\n1,Ótimo,5\n"u8], mapping: Mapping);

        Assert.Equal(("1", "Ótimo"), (records[0]!.SourceId, records[0]!.Text));
    }

    [Fact]
    public async Task A_latin1_csv_is_decoded() =>
        Assert.Equal("reclamação", Assert.Single(await ParserRun.ParseAsync(Parser, Encoding.Latin1.GetBytes("id;texto;nota\n1;reclamação;2\n"), mapping: Mapping))!.Text);

    [Fact]
    public async Task An_empty_file_yields_no_records() => Assert.Empty(await ParserRun.ParseAsync(Parser, [], "empty.csv", Mapping));

    [Fact]
    public async Task Binary_garbage_named_csv_is_rejected_as_binary() =>
        Assert.Contains("binary", (await Assert.ThrowsAsync<InvalidDataException>(() => ParserRun.ParseAsync(Parser, ParserRun.BinaryGarbage(), "photo.csv", Mapping))).Message);

    [Fact]
    public async Task Unbalanced_quotes_are_rejected() =>
        Assert.Contains("unbalanced quotes", (await Assert.ThrowsAsync<InvalidDataException>(() =>
            ParserRun.ParseAsync(Parser, "id,texto,nota\n1,\"aberto sem fechar,5\n2,ok,4\n", mapping: Mapping))).Message);
}
