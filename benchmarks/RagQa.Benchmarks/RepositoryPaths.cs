namespace RagQa.Benchmarks;

/// <summary>Finds files of the repository from wherever the program runs.</summary>
public static class RepositoryPaths
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RagQa.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    public static string OlistSample => Path.Combine(Root(), "data", "olist", "olist_order_reviews_sample.csv");

    /// <summary>The bundled Olist reviews file (6,123 rows), the ingestion benchmark's default input.</summary>
    public static string OlistFull => Path.Combine(Root(), "data", "olist", "olist_order_reviews_dataset.csv");

    public static string AdminApiKey() => File.ReadAllText(Path.Combine(Root(), ".ragqa", "admin-api-key")).Trim();
}
