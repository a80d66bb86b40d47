using System.Globalization;
using CsvHelper;

namespace RagQa.MicroBenchmarks;

/// <summary>Real review texts (the bundled Olist reviews file, data/olist) as benchmark inputs.</summary>
public static class ReviewTexts
{
    public static IReadOnlyList<string> Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RagQa.sln"))) dir = dir.Parent;
        var path = Path.Combine(dir?.FullName ?? ".", "data", "olist", "olist_order_reviews_dataset.csv");
        using var reader = new CsvReader(new StreamReader(path), CultureInfo.InvariantCulture);
        var texts = new List<string>();
        reader.Read();
        reader.ReadHeader();
        while (reader.Read())
        {
            var text = reader.GetField("review_comment_message");
            if (!string.IsNullOrWhiteSpace(text)) texts.Add(text);
        }
        return texts;
    }

    /// <summary>Reviews joined until the text is at least <paramref name="chars"/> long.</summary>
    public static string Document(int chars)
    {
        var texts = Load();
        var document = new System.Text.StringBuilder();
        for (var i = 0; document.Length < chars; i++) document.Append(texts[i % texts.Count]).Append("\n\n");
        return document.ToString();
    }
}
