using System.Globalization;
using CsvHelper;

namespace RagQa.Benchmarks;

/// <summary>
/// A large Olist-shaped CSV made of the real reviews (those with a comment), repeated with distinct review and
/// order ids until the file reaches the requested size: the texts, scores and dates are real, and no two rows
/// are the same source. <paramref name="variant"/> changes the ids, so two files of one size differ in bytes.
/// </summary>
public static class ReviewCsvGenerator
{
    public static async Task<string> WriteAsync(string source, long targetBytes, int variant, string directory)
    {
        var path = Path.Combine(directory, $"olist_reviews_{targetBytes / 1048576}mb_v{variant}.csv");
        if (File.Exists(path) && new FileInfo(path).Length >= targetBytes) return path;

        var rows = new List<string[]>();
        string[] header;
        using (var reader = new CsvReader(new StreamReader(source), CultureInfo.InvariantCulture))
        {
            await reader.ReadAsync();
            reader.ReadHeader();
            header = reader.HeaderRecord!;
            var message = Array.IndexOf(header, "review_comment_message");
            while (await reader.ReadAsync())
            {
                var row = Enumerable.Range(0, header.Length).Select(i => reader.GetField(i) ?? "").ToArray();
                if (row[message].Trim().Length > 0) rows.Add(row);
            }
        }

        var reviewId = Array.IndexOf(header, "review_id");
        var orderId = Array.IndexOf(header, "order_id");
        await using (var stream = File.Create(path))
        await using (var writer = new StreamWriter(stream))
        await using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var name in header) csv.WriteField(name);
            await csv.NextRecordAsync();
            for (long n = 0; stream.Length < targetBytes; n++)
            {
                var row = (string[])rows[(int)(n % rows.Count)].Clone();
                row[reviewId] = $"{variant:x4}{n:x28}";
                row[orderId] = $"{variant + 1:x4}{n:x28}";
                foreach (var field in row) csv.WriteField(field);
                await csv.NextRecordAsync();
                if (n % 1000 == 0) await csv.FlushAsync();
            }
        }
        return path;
    }
}
