using System.Globalization;
using System.Runtime.CompilerServices;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace RagQa.Core.Ingestion.Parsing;

/// <summary>
/// A PDF's text layer, one record per page with metadata <c>page</c> = its number (from 1); a page without text
/// yields null (skipped). A PDF with no text on any page has no text layer (a scan) and fails, as does one that is
/// corrupt or password-protected — all with <see cref="InvalidDataException"/> — and so does one past the
/// <see cref="ParseLimits"/> (pages, decompressed stream size) with <see cref="DocumentLimitExceededException"/>.
/// Out-of-memory is left to the ingest handler, which fails the document with it.
/// </summary>
/// <remarks>
/// PdfPig needs a seekable stream and uploads are streamed from the database, so the upload is first copied to a
/// temporary file that is deleted when closed — streaming, never the whole file in memory.
/// </remarks>
public sealed class PdfDocumentParser : IDocumentParser
{
    public const string PageKey = "page";

    public string ContentType => ContentTypes.Pdf;

    public async IAsyncEnumerable<SourceRecord?> ParseAsync(
        Stream content, DocumentParseOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        await using var file = new FileStream(
            Path.Combine(Path.GetTempPath(), $"ragqa-{Guid.NewGuid():N}.pdf"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            bufferSize: 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (content)
        {
            await content.CopyToAsync(file, cancellationToken);
        }
        if (file.Length == 0) throw new InvalidDataException("The PDF is empty.");
        file.Position = 0;

        using var document = Open(file, options.Limits);
        if (document.NumberOfPages > options.Limits.MaxPdfPages)
        {
            throw new DocumentLimitExceededException(DocumentLimitExceededException.PdfTooManyPages,
                $"The PDF has {document.NumberOfPages} pages; at most {options.Limits.MaxPdfPages} are read (Ingestion:MaxPdfPages).");
        }
        var pagesWithText = 0;
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = PageText(document, number);
            if (text.Length == 0)
            {
                yield return null;
                continue;
            }
            pagesWithText++;
            yield return new SourceRecord(options.DocumentSourceId, text,
                new Dictionary<string, string> { [PageKey] = number.ToString(CultureInfo.InvariantCulture) });
        }
        if (pagesWithText == 0)
        {
            throw new InvalidDataException("The PDF has no text layer (scanned?): run it through OCR first, or upload its text.");
        }
    }

    private static PdfDocument Open(Stream file, ParseLimits limits)
    {
        try
        {
            return PdfDocument.Open(file, new ParsingOptions
            {
                SkipMissingFonts = true,
                FilterProvider = new SizeLimitedFilterProvider(limits.MaxPdfStreamBytes),
            });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new InvalidDataException("The PDF is password-protected: upload an unprotected copy.", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException and not DocumentLimitExceededException)
        {
            // PdfPig reports damage with several exception types (format, argument, index); the message is the useful part.
            throw new InvalidDataException($"The file is not a readable PDF: {ex.Message}", ex);
        }
    }

    private static string PageText(PdfDocument document, int number)
    {
        try
        {
            return PlainTextParser.Normalise(ContentOrderTextExtractor.GetText(document.GetPage(number)));
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException and not DocumentLimitExceededException)
        {
            throw new InvalidDataException($"Page {number} of the PDF cannot be read: {ex.Message}", ex);
        }
    }
}
