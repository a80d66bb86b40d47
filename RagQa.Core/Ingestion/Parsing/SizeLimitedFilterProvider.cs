using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace RagQa.Core.Ingestion.Parsing;

/// <summary>
/// PdfPig's filters, each refusing to decode a stream to more than <paramref name="maxBytes"/>: a deflate stream is
/// first inflated into nothing, counting, so a bomb is refused without its output ever being held.
/// </summary>
internal sealed class SizeLimitedFilterProvider(long maxBytes) : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

    private List<IFilter> Wrap(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => new SizeLimitedFilter(f, maxBytes))];

    private sealed class SizeLimitedFilter(IFilter inner, long maxBytes) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (inner is FlateFilter) RefuseIfInflatesPast(input, maxBytes);
            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            if (output.Length > maxBytes) throw TooLarge(maxBytes);
            return output;
        }
    }

    /// <summary>Inflates <paramref name="input"/> (zlib, as PDF writes it) and discards the output, stopping past the limit.</summary>
    internal static void RefuseIfInflatesPast(Memory<byte> input, long maxBytes)
    {
        using var source = new MemoryStream(input.ToArray(), writable: false);
        using var inflater = new ZLibStream(source, CompressionMode.Decompress);
        var buffer = new byte[81920];
        long total = 0;
        try
        {
            int read;
            while ((read = inflater.Read(buffer)) > 0)
            {
                total += read;
                if (total > maxBytes) throw TooLarge(maxBytes);
            }
        }
        catch (InvalidDataException)
        {
            // Damaged or headerless data: PdfPig's own decoder is lenient about it and decides.
        }
    }

    private static DocumentLimitExceededException TooLarge(long maxBytes) =>
        new(DocumentLimitExceededException.PdfStreamTooLarge,
            $"A stream of the PDF decompresses to more than {maxBytes} bytes (Ingestion:MaxPdfStreamBytes).");
}
