using Qdrant.Client.Grpc;
using RagQa.Core.VectorStore;

namespace RagQa.Tests.VectorStore;

public sealed class QdrantPointsTests
{
    [Fact]
    public void Collection_names_are_readable_distinct_per_model_and_dimension_and_map_back_to_their_collection()
    {
        var name = QdrantPoints.CollectionName(new VectorSpace("olist_reviews", "sentence-transformers/all-MiniLM-L6-v2", 384));
        var otherCase = QdrantPoints.CollectionName(new VectorSpace("olist_reviews", "sentence-transformers/ALL-MiniLM-L6-v2", 384));
        var otherDimensions = QdrantPoints.CollectionName(new VectorSpace("olist_reviews", "sentence-transformers/all-MiniLM-L6-v2", 256));

        Assert.StartsWith("olist_reviews__sentence-transformers-all-minilm-l6-v2-", name);
        Assert.EndsWith("_384", name);
        Assert.NotEqual(name, otherCase);
        Assert.NotEqual(name, otherDimensions);
        Assert.True(QdrantPoints.IsSpaceOf(name, "olist_reviews"));
        Assert.False(QdrantPoints.IsSpaceOf(name, "olist"));
    }

    [Fact]
    public void A_collection_whose_name_extends_another_is_not_mistaken_for_it()
    {
        var nested = QdrantPoints.CollectionName(new VectorSpace("docs__x", "m", 8));

        Assert.True(QdrantPoints.IsSpaceOf(nested, "docs__x"));
        Assert.False(QdrantPoints.IsSpaceOf(nested, "docs"));
        Assert.False(QdrantPoints.IsSpaceOf("docs__unrelated", "docs"));
    }

    [Fact]
    public void Payload_types_numbers_and_dates_and_keeps_the_exact_text()
    {
        var record = new VectorRecord(Guid.NewGuid(), Guid.NewGuid(), "r1", new float[] { 1, 0 },
            new Dictionary<string, string> { ["review_score"] = "5", ["review_creation_date"] = "2017-10-02 10:56:33", ["state"] = "SP" });

        var payload = QdrantPoints.Payload(new VectorSpace("olist_reviews", "m", 2), record);

        Assert.Equal(record.ChunkId.ToString(), payload[QdrantPoints.ChunkIdField].StringValue);
        Assert.Equal(record.DocumentId.ToString(), payload[QdrantPoints.DocumentIdField].StringValue);
        Assert.Equal("olist_reviews", payload[QdrantPoints.CollectionField].StringValue);
        Assert.Equal("r1", payload[QdrantPoints.SourceIdField].StringValue);
        var typed = payload[QdrantPoints.MetadataField].StructValue.Fields;
        Assert.Equal(5d, typed["review_score"].DoubleValue);
        Assert.Equal("2017-10-02T10:56:33Z", typed["review_creation_date"].StringValue);
        Assert.Equal("SP", typed["state"].StringValue);
        var text = payload[QdrantPoints.MetadataTextField].StructValue.Fields;
        Assert.Equal("5", text["review_score"].StringValue);
        Assert.Equal("2017-10-02 10:56:33", text["review_creation_date"].StringValue);
        Assert.Equal(["review_score", "state"], payload[QdrantPoints.TextKeysField].ListValue.Values.Select(v => v.StringValue).Order());
    }

    [Fact]
    public void Push_down_maps_equality_numeric_ranges_and_date_ranges()
    {
        var filter = QdrantPoints.PushDown(new VectorFilter(
        [
            new MetadataCondition("state", EqualTo: "SP"),
            new MetadataCondition("review_score", From: "4", To: "5"),
            new MetadataCondition("review_creation_date", From: "2017-10-02"),
        ]))!;

        Assert.Equal(3, filter.Must.Count);
        Assert.Equal("SP", filter.Must[0].Field.Match.Keyword);
        Assert.Equal("metadata.state", filter.Must[0].Field.Key);
        Assert.Equal("metadata.review_score", filter.Must[1].Field.Key);
        Assert.Equal(4d, filter.Must[1].Field.Range.Gte);
        Assert.Equal(5d, filter.Must[1].Field.Range.Lte);
        var dateOrText = filter.Must[2].Filter.Should;
        Assert.Equal(new DateTime(2017, 10, 1, 0, 0, 0, DateTimeKind.Utc), dateOrText[0].Field.DatetimeRange.Gte.ToDateTime());
        Assert.Equal("review_creation_date", dateOrText[1].Field.Match.Keyword);
    }

    [Fact]
    public void Keys_qdrant_cannot_address_and_bounds_it_cannot_express_are_left_to_the_exact_check()
    {
        Assert.Null(QdrantPoints.PushDown(null));
        Assert.Null(QdrantPoints.PushDown(new VectorFilter(
        [
            new MetadataCondition("a.b", EqualTo: "x"),
            new MetadataCondition("name", From: "m"),
            new MetadataCondition("x", To: "NaN"),
        ])));
    }

    [Theory]
    [InlineData("2017-10-02", true)]
    [InlineData("2017-10-02 10:56", true)]
    [InlineData("2017-10-02T10:56:33.5Z", true)]
    [InlineData("2017-10-02T10:56:33-03:00", true)]
    [InlineData("02/10/2017", false)]
    [InlineData("2017-10-02 garbage", false)]
    public void Recognises_iso_dates(string value, bool expected)
    {
        Assert.Equal(expected, QdrantPoints.TryParseDate(value, out _));
    }
}
