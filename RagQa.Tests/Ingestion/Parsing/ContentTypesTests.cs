using RagQa.Core.Ingestion.Parsing;

namespace RagQa.Tests.Ingestion.Parsing;

public sealed class ContentTypesTests
{
    [Theory]
    [InlineData("reviews.csv", null, "text/csv")]
    [InlineData("REVIEWS.CSV", "application/vnd.ms-excel", "text/csv")]
    [InlineData("export.tsv", "application/octet-stream", "text/csv")]
    [InlineData("notes.txt", null, "text/plain")]
    [InlineData("README.md", "text/plain", "text/markdown")]
    [InlineData("guide.markdown", null, "text/markdown")]
    [InlineData("manual.pdf", "application/octet-stream", "application/pdf")]
    [InlineData("upload", "text/csv; charset=utf-8", "text/csv")]
    [InlineData("upload", "application/csv", "text/csv")]
    [InlineData("upload", "text/markdown", "text/markdown")]
    [InlineData("upload", "TEXT/PLAIN", "text/plain")]
    [InlineData("upload.log", "text/plain", "text/plain")]
    [InlineData(null, "application/pdf", "application/pdf")]
    [InlineData("upload", "application/vnd.ms-excel", null)]
    [InlineData("photo.jpg", "image/jpeg", null)]
    [InlineData("sheet.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null)]
    [InlineData("upload", null, null)]
    [InlineData("", "", null)]
    public void The_extension_decides_first_then_the_declared_type(string? filename, string? declared, string? expected) =>
        Assert.Equal(expected, ContentTypes.Resolve(filename, declared));

    [Fact]
    public void Every_supported_type_has_a_parser_and_unknown_types_fail_with_a_reason()
    {
        var parsers = new DocumentParsers([new CsvDocumentParser(), new PlainTextParser(), new MarkdownParser(), new PdfDocumentParser()]);

        Assert.All(ContentTypes.Supported, type => Assert.Equal(type, parsers.Get(type).ContentType));
        Assert.IsType<MarkdownParser>(parsers.Find("TEXT/MARKDOWN"));
        Assert.Null(parsers.Find("image/png"));
        Assert.Contains("image/png", Assert.Throws<InvalidDataException>(() => parsers.Get("image/png")).Message);
    }
}
