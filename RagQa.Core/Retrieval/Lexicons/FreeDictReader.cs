using System.IO.Compression;
using System.Text;

namespace RagQa.Core.Retrieval.Lexicons;

/// <summary>
/// Reads a FreeDict dictionary in dictd format (<c>.index</c>: headword, base-64 byte offset and length into the
/// <c>.dict.dz</c>, a gzip file). An entry's first line is the headword and its pronunciation; each further line
/// is a sense ("1. watch, wrist-watch"), whose first translation is kept.
/// </summary>
public static class FreeDictReader
{
    private const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static IEnumerable<(string Headword, IReadOnlyList<string> Translations)> Read(string indexPath, string dictPath)
    {
        using var compressed = File.OpenRead(dictPath);
        using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        using var body = new MemoryStream();
        gzip.CopyTo(body);
        return Parse(File.ReadLines(indexPath), body.ToArray()).ToList();
    }

    public static IEnumerable<(string Headword, IReadOnlyList<string> Translations)> Parse(IEnumerable<string> indexLines, byte[] body)
    {
        foreach (var line in indexLines)
        {
            var fields = line.Split('\t');
            // dictd's own entries (00-database-info, …) describe the file, not words.
            if (fields.Length != 3 || fields[0].StartsWith("00", StringComparison.Ordinal)) continue;
            var entry = Encoding.UTF8.GetString(body, Decode(fields[1]), Decode(fields[2]));
            var translations = entry.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Skip(1)
                .Select(FirstTranslation)
                .Where(t => t.Length > 0)
                .ToList();
            if (translations.Count > 0) yield return (fields[0], translations);
        }
    }

    /// <summary>"1. watch, wrist-watch" → "watch".</summary>
    private static string FirstTranslation(string sense)
    {
        var numbered = sense.IndexOf(". ", StringComparison.Ordinal);
        if (numbered > 0 && sense[..numbered].All(char.IsAsciiDigit)) sense = sense[(numbered + 2)..];
        return sense.Split(',', ';')[0].Trim();
    }

    private static int Decode(string base64) => base64.Aggregate(0, (value, digit) => value * 64 + Base64.IndexOf(digit, StringComparison.Ordinal));
}
