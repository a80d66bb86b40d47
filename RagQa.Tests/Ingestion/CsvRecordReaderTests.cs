using System.Text;
using RagQa.Core.Ingestion;
using RagQa.Core.Ingestion.Parsing;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Ingestion;

public sealed class CsvRecordReaderTests
{
    private static async Task<List<SourceRecord?>> ReadAsync(string csv, CsvMapping? mapping = null, Encoding? encoding = null)
    {
        var bytes = (encoding ?? new UTF8Encoding(false)).GetBytes(csv);
        var records = new List<SourceRecord?>();
        await foreach (var record in CsvRecordReader.ReadAsync(new MemoryStream(bytes), mapping, CancellationToken.None)) records.Add(record);
        return records;
    }

    [Fact]
    public async Task The_bundled_olist_sample_reads_as_two_thousand_records_with_ids_and_metadata()
    {
        await using var file = File.OpenRead(Path.Combine(LocalServers.RepositoryRoot(), "data", "olist", "olist_order_reviews_sample.csv"));
        var records = new List<SourceRecord?>();
        await foreach (var record in CsvRecordReader.ReadAsync(file, null, CancellationToken.None)) records.Add(record);

        Assert.Equal(2000, records.Count);
        Assert.All(records, r =>
        {
            Assert.NotNull(r);
            Assert.Equal(32, r.SourceId.Length);
            Assert.InRange(int.Parse(r.Metadata["review_score"]), 1, 5);
            Assert.DoesNotContain('\r', r.Text);
        });
    }

    [Fact]
    public async Task Olist_layout_is_recognised_and_title_and_message_are_joined()
    {
        const string csv = "\"review_id\",\"order_id\",\"review_score\",\"review_comment_title\",\"review_comment_message\",\"review_creation_date\",\"review_answer_timestamp\"\n" +
            "r1,o1,1,\"Péssimo\",\"Chegou quebrado,\nnão recomendo \"\"nunca\"\"\",2018-01-02 00:00:00,2018-01-03 10:00:00\n" +
            "r2,o2,5,,,2018-01-02 00:00:00,2018-01-03 10:00:00\n";

        var records = await ReadAsync(csv);

        Assert.Equal(2, records.Count);
        Assert.Equal("Péssimo. Chegou quebrado, não recomendo \"nunca\"", records[0]!.Text);
        Assert.Equal("r1", records[0]!.SourceId);
        Assert.Equal("1", records[0]!.Metadata["review_score"]);
        Assert.Null(records[1]);
    }

    [Fact]
    public async Task A_byte_order_mark_and_semicolon_delimiter_are_handled_with_an_explicit_mapping()
    {
        var csv = "\uFEFFid;texto;nota\n1;Entrega rápida;5\n2;Atrasou muito;1\n";

        var records = await ReadAsync(csv, new CsvMapping(["texto"], "id", ["nota"]), new UTF8Encoding(true));

        Assert.Equal(["Entrega rápida", "Atrasou muito"], records.Select(r => r!.Text));
        Assert.Equal("1", records[1]!.Metadata["nota"]);
    }

    [Fact]
    public async Task An_unknown_layout_without_a_mapping_is_rejected_with_a_reason() =>
        Assert.Contains("text_columns", (await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync("a,b\n1,2\n"))).Message);

    [Fact]
    public async Task A_mapping_that_names_a_missing_column_is_rejected() =>
        Assert.Contains("nope", (await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync("a,b\n1,2\n", new CsvMapping(["nope"], null, [])))).Message);

    [Fact]
    public async Task Unbalanced_quotes_are_rejected() =>
        await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync("a,b\n\"1,2\n3,4\n", new CsvMapping(["a"], null, [])));

    [Fact]
    public async Task A_latin1_file_is_decoded_as_latin1()
    {
        var records = await ReadAsync("id;texto\n1;Minha reclamação não foi atendida\n", new CsvMapping(["texto"], "id", []), Encoding.Latin1);

        Assert.Equal("Minha reclamação não foi atendida", Assert.Single(records)!.Text);
    }

    [Fact]
    public async Task A_windows1252_export_keeps_its_typographic_quotes()
    {
        byte[] bytes = [.. Encoding.Latin1.GetBytes("id,texto\n1,"), 0x93, .. Encoding.Latin1.GetBytes("Péssimo"), 0x94, (byte)'\n'];
        var records = new List<SourceRecord?>();
        await foreach (var record in CsvRecordReader.ReadAsync(new MemoryStream(bytes), new CsvMapping(["texto"], "id", []), CancellationToken.None))
        {
            records.Add(record);
        }

        Assert.Equal("“Péssimo”", Assert.Single(records)!.Text);
    }

    [Fact]
    public async Task Invalid_utf8_past_the_first_64_KiB_fails_with_a_clear_reason()
    {
        var csv = "id,texto\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => $"{i},Produto entregue no prazo\n"));
        byte[] bytes = [.. Encoding.UTF8.GetBytes(csv), .. Encoding.Latin1.GetBytes("9999,Reclamação\n")];

        var error = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var _ in CsvRecordReader.ReadAsync(new MemoryStream(bytes), new CsvMapping(["texto"], "id", []), CancellationToken.None))
            {
            }
        });

        Assert.Contains("UTF-8", error.Message);
    }

    [Theory]
    [InlineData("  muito   bom \r\n produto ", "muito bom produto")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalise_folds_white_space(string? input, string expected) => Assert.Equal(expected, CsvRecordReader.Normalise(input));

    [Fact]
    public async Task A_quoted_field_past_the_limit_is_refused_with_its_code_before_it_is_read_whole()
    {
        // 50 MB in one quoted field: refused once the limit is passed, not buffered.
        var bytes = Encoding.UTF8.GetBytes("id,texto\n1,\"" + new string('a', 50_000_000) + "\"\n");
        var ex = await Assert.ThrowsAsync<DocumentLimitExceededException>(async () =>
        {
            await foreach (var _ in CsvRecordReader.ReadAsync(new MemoryStream(bytes), new CsvMapping(["texto"], "id", []), 1000, CancellationToken.None))
            {
            }
        });

        Assert.Equal(DocumentLimitExceededException.CsvFieldTooLarge, ex.Code);
        Assert.StartsWith("csv_field_too_large: ", ex.Message);
    }

    [Fact]
    public async Task A_field_within_the_limit_is_read()
    {
        // CsvHelper counts the field's quotes and buffer bookkeeping too: the limit is a bound, not an exact length.
        var bytes = Encoding.UTF8.GetBytes("id,texto\n1,\"" + new string('a', 990) + "\"\n");
        var records = new List<SourceRecord?>();
        await foreach (var record in CsvRecordReader.ReadAsync(new MemoryStream(bytes), new CsvMapping(["texto"], "id", []), 1000, CancellationToken.None)) records.Add(record);

        Assert.Equal(990, Assert.Single(records)!.Text.Length);
    }
}
