using RagQa.Core.Ingestion;

namespace RagQa.Tests.Ingestion;

public sealed class CsvMappingTests
{
    [Fact]
    public void Upload_options_become_a_mapping_with_trimmed_column_lists()
    {
        var mapping = CsvMapping.FromOptions(new Dictionary<string, string>
        {
            ["text_columns"] = "title, body",
            ["id_column"] = "id",
            ["metadata_columns"] = "score,,date ",
        });

        Assert.NotNull(mapping);
        Assert.Equal(["title", "body"], mapping.TextColumns);
        Assert.Equal("id", mapping.IdColumn);
        Assert.Equal(["score", "date"], mapping.MetadataColumns);
    }

    [Fact]
    public void Without_text_columns_there_is_no_explicit_mapping() => Assert.Null(CsvMapping.FromOptions(new Dictionary<string, string> { ["id_column"] = "id" }));

    [Fact]
    public void The_olist_header_resolves_to_the_olist_mapping_in_any_case() =>
        Assert.Same(CsvMapping.OlistReviews, CsvMapping.Resolve(["REVIEW_ID", "review_comment_title", "review_comment_message", "x"], null));
}
