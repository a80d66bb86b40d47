using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using RagQa.Core.Ingestion.Parsing;

namespace RagQa.Core.Ingestion;

/// <summary>
/// Reads an RFC 4180 CSV stream (quoted fields, embedded newlines, BOM) into records, streaming.
/// A row without text yields null so the caller can count it as skipped. The encoding (UTF-8, else Windows-1252)
/// is decided from the head of the stream by <see cref="TextStreamDecoder"/>. A field longer than the limit fails the
/// read with <see cref="DocumentLimitExceededException"/> as soon as it is seen, before it is buffered whole.
/// </summary>
public static class CsvRecordReader
{
    public static IAsyncEnumerable<SourceRecord?> ReadAsync(Stream content, CsvMapping? mapping, CancellationToken cancellationToken) =>
        ReadAsync(content, mapping, ParseLimits.Default.MaxCsvFieldChars, cancellationToken);

    public static async IAsyncEnumerable<SourceRecord?> ReadAsync(
        Stream content, CsvMapping? mapping, int maxFieldChars, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = await TextStreamDecoder.OpenAsync(content, cancellationToken);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            BadDataFound = context => throw new InvalidDataException($"Malformed CSV near row {context.Context?.Parser?.Row}: unbalanced quotes."),
            MissingFieldFound = null,
            MaxFieldSize = maxFieldChars,
        };
        using var csv = new CsvReader(reader, configuration);
        if (!await ReadRowAsync(csv) || !csv.ReadHeader()) yield break;
        var header = csv.HeaderRecord ?? [];
        var resolved = CsvMapping.Resolve(header, mapping)
            ?? throw new InvalidDataException("No CSV column mapping was given and the header is not a known layout: give text_columns.");
        var missing = resolved.TextColumns.Concat(resolved.MetadataColumns).Append(resolved.IdColumn)
            .Where(c => c is not null && !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0) throw new InvalidDataException($"The CSV has no column(s): {string.Join(", ", missing)}.");

        var row = 0;
        while (await ReadRowAsync(csv))
        {
            cancellationToken.ThrowIfCancellationRequested();
            row++;
            var text = string.Join(". ", resolved.TextColumns
                .Select(c => Normalise(csv.GetField(c)))
                .Where(t => t.Length > 0));
            if (text.Length == 0)
            {
                yield return null;
                continue;
            }
            var id = resolved.IdColumn is null ? row.ToString(CultureInfo.InvariantCulture) : csv.GetField(resolved.IdColumn) ?? "";
            var metadata = resolved.MetadataColumns.ToDictionary(c => c, c => Normalise(csv.GetField(c)));
            yield return new SourceRecord(id.Trim(), text, metadata);
        }
    }

    /// <summary>The next row; the decoder's complaint about bytes past the detection window, or an overlong field, becomes a clear reason.</summary>
    private static async Task<bool> ReadRowAsync(CsvReader csv)
    {
        try
        {
            return await csv.ReadAsync();
        }
        catch (DecoderFallbackException ex)
        {
            throw TextStreamDecoder.InvalidUtf8(ex);
        }
        catch (MaxFieldSizeException ex)
        {
            throw new DocumentLimitExceededException(DocumentLimitExceededException.CsvFieldTooLarge,
                $"A field near row {csv.Parser.Row} is longer than {csv.Configuration.MaxFieldSize} characters (Ingestion:MaxCsvFieldChars).", ex);
        }
    }

    /// <summary>Trims and folds stray carriage returns and runs of white space into single spaces.</summary>
    public static string Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var ch in value.Trim())
        {
            if (char.IsWhiteSpace(ch))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0) builder.Append(' ');
            space = false;
            builder.Append(ch);
        }
        return builder.ToString();
    }
}
