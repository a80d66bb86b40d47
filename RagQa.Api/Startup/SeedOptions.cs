namespace RagQa.Api.Startup;

/// <summary>Section <c>Seed</c>: the bundled Olist sample ingested on first start.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    public bool Enabled { get; set; }

    /// <summary>Path of the CSV to ingest (the AppHost passes data/olist/olist_order_reviews_sample.csv).</summary>
    public string? OlistSamplePath { get; set; }

    public string Collection { get; set; } = "olist_reviews";
}
