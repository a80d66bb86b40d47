using RagQa.Core.Analytics;
using RagQa.Core.Answering;
using RagQa.Core.Caching;
using RagQa.Core.Query;
using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;
using static RagQa.Tests.Caching.CacheTestSupport;

namespace RagQa.Tests.Caching;

public sealed class AnswerCacheKeyTests
{
    private static readonly Guid DocumentA = Guid.Parse("0000000a-0000-0000-0000-000000000000");
    private static readonly Guid DocumentB = Guid.Parse("0000000b-0000-0000-0000-000000000000");

    private static readonly RetrievedChunk[] Retrieved =
        [Chunk(DocumentA, "olist_reviews", 0), Chunk(DocumentA, "olist_reviews", 1), Chunk(DocumentB, "olist_reviews", 2), Chunk(DocumentB, "olist_reviews", 3)];

    private static AnswerCacheKey Key(
        IReadOnlyList<RetrievedChunk>? retrieved = null, VectorFilter? filter = null, string collection = "olist_reviews", int topK = 5,
        string model = Model, float[]? embedding = null) =>
        AnswerCacheKey.For(collection, filter, topK, model, embedding ?? Vector(0, 0.1f), retrieved ?? Retrieved);

    [Fact]
    public void The_same_inputs_give_the_same_key()
    {
        var first = Key();
        var second = Key();

        Assert.Equal(first.Bucket, second.Bucket);
        Assert.Equal(first.Fingerprint, second.Fingerprint);
    }

    [Fact]
    public void The_bucket_depends_on_collection_filter_top_k_model_and_the_top_three_chunks_in_order()
    {
        var bucket = Key().Bucket;

        Assert.NotEqual(bucket, Key(collection: "product_docs").Bucket);
        Assert.NotEqual(bucket, Key(filter: new VectorFilter([new MetadataCondition(QueryFilters.ScoreKey, To: "2")])).Bucket);
        Assert.NotEqual(bucket, Key(topK: 3).Bucket);
        Assert.NotEqual(bucket, Key(model: "other-model").Bucket);
        Assert.NotEqual(bucket, Key(retrieved: [Retrieved[1], Retrieved[0], Retrieved[2], Retrieved[3]]).Bucket);
        Assert.NotEqual(bucket, Key(retrieved: [Retrieved[0], Retrieved[1], Retrieved[3]]).Bucket);
    }

    [Fact]
    public void Chunks_below_the_top_three_do_not_change_the_bucket() =>
        Assert.Equal(Key().Bucket, Key(retrieved: Retrieved[..3]).Bucket);

    [Fact]
    public void The_bucket_does_not_depend_on_the_question_embedding() =>
        Assert.Equal(Key().Bucket, Key(embedding: Vector(3)).Bucket);

    [Fact]
    public void Conditions_in_another_order_key_the_same()
    {
        var score = new MetadataCondition(QueryFilters.ScoreKey, From: "4");
        var date = new MetadataCondition(QueryFilters.DateKey, From: "2018-01-01");

        Assert.Equal(Key(filter: new VectorFilter([score, date])).Bucket, Key(filter: new VectorFilter([date, score])).Bucket);
        Assert.Equal(Key(filter: null).Bucket, Key(filter: new VectorFilter([])).Bucket);
    }

    [Fact]
    public void The_fingerprint_follows_the_sign_pattern_of_the_embedding()
    {
        Assert.Equal(Key(embedding: [0.5f, -0.2f, 0.1f]).Fingerprint, Key(embedding: [0.9f, -0.1f, 0.3f]).Fingerprint);
        Assert.NotEqual(Key(embedding: [0.5f, -0.2f, 0.1f]).Fingerprint, Key(embedding: [0.5f, 0.2f, 0.1f]).Fingerprint);
    }

    [Fact]
    public void Every_retrieved_document_is_recorded_once() =>
        Assert.Equal([DocumentA, DocumentB], Key().DocumentIds);

    [Fact]
    public void Quantized_similarity_is_close_to_the_cosine_similarity()
    {
        float[] first = [0.3f, -0.5f, 0.8f, 0.1f];
        float[] second = [0.25f, -0.4f, 0.9f, -0.05f];
        var exact = MaximalMarginalRelevance.Cosine(first, second);

        Assert.Equal(exact, AnswerCacheKey.Similarity(AnswerCacheKey.Quantize(first), AnswerCacheKey.Quantize(second)), 2);
        Assert.Equal(1.0, AnswerCacheKey.Similarity(AnswerCacheKey.Quantize(first), AnswerCacheKey.Quantize([0.6f, -1f, 1.6f, 0.2f])), 3);
        Assert.Equal(0, AnswerCacheKey.Similarity(AnswerCacheKey.Quantize(first), AnswerCacheKey.Quantize([0.3f, -0.5f])));
    }

    private static AnswerCacheKey AggregateKey(
        ClassifiedQuestion? question = null, VectorFilter? filter = null, string counting = "5|1|2|4", float[]? embedding = null) =>
        AnswerCacheKey.ForAggregate("olist_reviews", filter, Model, AnswerCacheKeys.ThemesShape(question ?? new ClassifiedQuestion(QuestionIntent.CommonComplaints,
            AnswerLanguage.Portuguese, Polarity: ThemePolarity.Complaint), Settings(counting)), embedding ?? ReadOnlyMemory<float>.Empty);

    /// <summary>Counting settings written as "MaxThemes|ExamplesPerTheme|ComplaintMaxScore|PraiseMinScore".</summary>
    private static AnswerOptions Settings(string counting)
    {
        var values = counting.Split('|').Select(int.Parse).ToArray();
        return new AnswerOptions { MaxThemes = values[0], ExamplesPerTheme = values[1], ComplaintMaxScore = values[2], PraiseMinScore = values[3] };
    }

    [Fact]
    public void An_aggregate_key_depends_on_what_is_counted_not_on_the_wording()
    {
        var complaints = AggregateKey();

        Assert.True(complaints.IsExact);
        Assert.Empty(complaints.DocumentIds);
        Assert.Equal(complaints.Bucket, AggregateKey().Bucket);
        Assert.NotEqual(complaints.Bucket, AggregateKey(new ClassifiedQuestion(QuestionIntent.CommonPraise, AnswerLanguage.Portuguese, Polarity: ThemePolarity.Praise)).Bucket);
        Assert.NotEqual(complaints.Bucket, AggregateKey(new ClassifiedQuestion(QuestionIntent.CommonComplaints, AnswerLanguage.English, Polarity: ThemePolarity.Complaint)).Bucket);
        Assert.NotEqual(complaints.Bucket, AggregateKey(new ClassifiedQuestion(QuestionIntent.Count, AnswerLanguage.Portuguese, Polarity: ThemePolarity.Complaint, Terms: "cor")).Bucket);
        Assert.NotEqual(complaints.Bucket, AggregateKey(filter: new VectorFilter([new MetadataCondition(QueryFilters.ScoreKey, EqualTo: "1")])).Bucket);
        Assert.NotEqual(complaints.Bucket, AggregateKey(counting: "3|1|2|4").Bucket);
        Assert.NotEqual(complaints.Bucket, Key().Bucket);
    }

    [Fact]
    public void A_theme_list_s_key_holds_its_whole_period_counted_back()
    {
        var question = new ClassifiedQuestion(QuestionIntent.CommonComplaints, AnswerLanguage.Portuguese, Polarity: ThemePolarity.Complaint);
        string Shape(ReviewPeriod? period) => AnswerCacheKeys.ThemesShape(question, Settings("5|1|2|4"), period);

        // "no último trimestre", "no trimestre anterior ao último", "no ano passado", every review.
        string[] shapes = [Shape(new ReviewPeriod(LastMonths: 3)), Shape(new ReviewPeriod(LastMonths: 3, SkippedMonths: 3)), Shape(new ReviewPeriod(YearsBack: 1)), Shape(null)];

        Assert.Equal(shapes.Length, shapes.Distinct().Count());
    }

    [Fact]
    public void An_aggregate_key_with_an_embedding_is_not_exact_and_shares_the_bucket()
    {
        var withEmbedding = AggregateKey(embedding: Vector(0, 0.1f));

        Assert.False(withEmbedding.IsExact);
        Assert.Equal(AggregateKey().Bucket, withEmbedding.Bucket);
        Assert.Throws<ArgumentException>(() => AnswerCacheKey.ForAggregate("olist_reviews", null, Model, "", ReadOnlyMemory<float>.Empty));
    }
}
