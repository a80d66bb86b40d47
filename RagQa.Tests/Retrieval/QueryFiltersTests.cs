using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;

namespace RagQa.Tests.Retrieval;

public sealed class QueryFiltersTests
{
    [Fact]
    public void Score_and_date_ranges_become_metadata_conditions_that_include_the_whole_last_day()
    {
        var filter = new QueryFilters(1, 2, new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31),
            new Dictionary<string, string> { ["order_id"] = "abc" }).ToVectorFilter();

        Assert.Equal(
            [
                new MetadataCondition("review_score", From: "1", To: "2"),
                new MetadataCondition("review_creation_date", From: "2018-01-01", To: "2018-12-31 23:59:59"),
                new MetadataCondition("order_id", EqualTo: "abc"),
            ],
            filter.Conditions);
    }

    [Fact]
    public void No_filters_means_no_conditions() => Assert.Empty(new QueryFilters(null, null, null, null, null).ToVectorFilter().Conditions);
}
