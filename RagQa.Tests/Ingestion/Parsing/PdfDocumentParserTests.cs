using System.Text;
using RagQa.Core.Ingestion.Parsing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace RagQa.Tests.Ingestion.Parsing;

public sealed class PdfDocumentParserTests
{
    private static readonly PdfDocumentParser Parser = new();

    /// <summary>A PDF with one page per entry: each line of text on its own line of the page, or no text at all (a drawing).</summary>
    private static byte[] Pdf(params string[][] pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica); // standard encoding: ASCII text only
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            if (lines.Length == 0) page.DrawRectangle(new PdfPoint(50, 50), 200, 100);
            for (var i = 0; i < lines.Length; i++) page.AddText(lines[i], 12, new PdfPoint(50, 750 - 16 * i), font);
        }
        return builder.Build();
    }

    [Fact]
    public async Task Each_page_with_text_is_a_record_with_its_page_number()
    {
        var records = await ParserRun.ParseAsync(Parser,
            Pdf(["Manual de trocas", "Prazo de 7 dias."], [], ["Pagina tres: reembolso em ate 10 dias."]), "manual.pdf");

        Assert.Equal(3, records.Count);
        Assert.Equal(("manual", "Manual de trocas\nPrazo de 7 dias.", "1"), (records[0]!.SourceId, records[0]!.Text, records[0]!.Metadata[PdfDocumentParser.PageKey]));
        Assert.Null(records[1]);
        Assert.Equal(("Pagina tres: reembolso em ate 10 dias.", "3"), (records[2]!.Text, records[2]!.Metadata[PdfDocumentParser.PageKey]));
    }

    [Fact]
    public async Task A_pdf_without_a_text_layer_is_rejected_as_scanned()
    {
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ParserRun.ParseAsync(Parser, Pdf([], []), "scan.pdf"));

        Assert.StartsWith("The PDF has no text layer (scanned?)", error.Message);
    }

    [Fact]
    public async Task Garbage_named_pdf_is_rejected_with_a_reason() =>
        Assert.StartsWith("The file is not a readable PDF",
            (await Assert.ThrowsAsync<InvalidDataException>(() => ParserRun.ParseAsync(Parser, Encoding.ASCII.GetBytes("just some text, not a PDF"), "fake.pdf"))).Message);

    [Fact]
    public async Task Binary_garbage_named_pdf_is_rejected() =>
        await Assert.ThrowsAsync<InvalidDataException>(() => ParserRun.ParseAsync(Parser, ParserRun.BinaryGarbage(), "fake.pdf"));

    [Fact]
    public async Task A_truncated_pdf_is_rejected()
    {
        var pdf = Pdf(["Texto"]);

        await Assert.ThrowsAsync<InvalidDataException>(() => ParserRun.ParseAsync(Parser, pdf[..(pdf.Length / 2)], "cut.pdf"));
    }

    [Fact]
    public async Task An_empty_file_is_rejected() =>
        Assert.Equal("The PDF is empty.", (await Assert.ThrowsAsync<InvalidDataException>(() => ParserRun.ParseAsync(Parser, [], "empty.pdf"))).Message);

    [Fact]
    public async Task The_temporary_copy_is_deleted_and_the_upload_stream_disposed()
    {
        var before = Directory.GetFiles(Path.GetTempPath(), "ragqa-*.pdf").ToHashSet();
        var upload = new MemoryStream(Pdf(["Texto"]));

        await foreach (var _ in Parser.ParseAsync(upload, new DocumentParseOptions("a.pdf", null), CancellationToken.None))
        {
        }

        Assert.Subset(before, Directory.GetFiles(Path.GetTempPath(), "ragqa-*.pdf").ToHashSet());
        Assert.False(upload.CanRead);
    }

    private static async Task<DocumentLimitExceededException> RefusedAsync(byte[] pdf, ParseLimits limits) =>
        await Assert.ThrowsAsync<DocumentLimitExceededException>(async () =>
        {
            await foreach (var _ in Parser.ParseAsync(new MemoryStream(pdf), new DocumentParseOptions("x.pdf", null) { Limits = limits }, CancellationToken.None))
            {
            }
        });

    [Fact]
    public async Task A_pdf_with_more_pages_than_the_limit_is_refused_with_its_code()
    {
        var ex = await RefusedAsync(Pdf(["um"], ["dois"], ["tres"]), ParseLimits.Default with { MaxPdfPages = 2 });

        Assert.Equal(DocumentLimitExceededException.PdfTooManyPages, ex.Code);
        Assert.Contains("3 pages", ex.Message);
    }

    [Fact]
    public async Task A_pdf_whose_page_decompresses_past_the_limit_is_refused_with_its_code()
    {
        var lines = Enumerable.Range(0, 40).Select(i => $"Linha {i} do manual de trocas e devolucoes.").ToArray();

        var ex = await RefusedAsync(Pdf(lines), ParseLimits.Default with { MaxPdfStreamBytes = 512 });

        Assert.Equal(DocumentLimitExceededException.PdfStreamTooLarge, ex.Code);
    }

    [Fact]
    public void A_deflate_bomb_is_refused_without_being_inflated_into_memory()
    {
        // 1 GB of zeros deflates to about 1 MB; counting it through a fixed buffer needs no more than that buffer.
        using var compressed = new MemoryStream();
        using (var deflater = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 1024; i++) deflater.Write(zeros);
        }
        var before = GC.GetAllocatedBytesForCurrentThread();

        var ex = Assert.Throws<DocumentLimitExceededException>(() =>
            SizeLimitedFilterProvider.RefuseIfInflatesPast(compressed.ToArray(), 16 * 1024 * 1024));

        Assert.Equal(DocumentLimitExceededException.PdfStreamTooLarge, ex.Code);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 8 * 1024 * 1024, "the bomb was inflated into memory");
    }
}
