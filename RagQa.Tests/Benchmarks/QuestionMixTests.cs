using System.Text.Json;
using RagQa.Benchmarks.Load;

namespace RagQa.Tests.Benchmarks;

/// <summary>The load generator's mix must be what docs/benchmarks.md says it is, and the same for the same seed.</summary>
public sealed class QuestionMixTests
{
    private static List<QuestionMix.Request> Draw(int seed, int count)
    {
        var mix = new QuestionMix(seed);
        return Enumerable.Range(0, count).Select(_ => mix.Next()).ToList();
    }

    // The shares docs/benchmarks.md states ("The mix"), written here rather than read from QuestionMix's constants.
    private const double RepeatedShare = 0.40;
    private const double AggregateShare = 0.25;
    private const double FilteredShare = 0.35;
    private const double EnglishShare = 0.25;

    [Fact]
    public void The_shares_of_repeats_aggregates_filters_and_english_are_as_documented()
    {
        var requests = Draw(42, 20_000);
        var fresh = requests.Where(r => r.Kind != "repeated").ToList();

        Assert.InRange(Share(requests, r => r.Kind == "repeated"), RepeatedShare - 0.02, RepeatedShare + 0.02);
        Assert.InRange(Share(fresh, r => r.Kind.StartsWith("aggregate", StringComparison.Ordinal)), AggregateShare - 0.02, AggregateShare + 0.02);
        Assert.InRange(Share(fresh, r => r.Kind.EndsWith("+filters", StringComparison.Ordinal)), FilteredShare - 0.02, FilteredShare + 0.02);
        Assert.InRange(Share(fresh, r => r.Kind.Contains("/en", StringComparison.Ordinal)), EnglishShare - 0.02, EnglishShare + 0.02);
    }

    [Fact]
    public void Filtered_requests_carry_valid_score_or_date_ranges_and_the_same_seed_gives_the_same_stream()
    {
        var requests = Draw(7, 2_000);

        foreach (var body in requests.Where(r => r.Kind.EndsWith("+filters", StringComparison.Ordinal)).Select(r => r.Body))
        {
            var filters = body.Filters!;
            if (filters.Min_score is { } min)
            {
                Assert.InRange(min, 1, 5);
                Assert.InRange(filters.Max_score!.Value, min, 5);
            }
            else
            {
                Assert.True(filters.Date_from < filters.Date_to);
                // On the wire as the contract's dates (format: date), not as date-times.
                Assert.Matches("\"date_from\":\"201[78]-[01][0-9]-01\",\"date_to\":\"2018-12-31\"", JsonSerializer.Serialize(filters));
            }
        }
        Assert.Equal(requests.Select(r => JsonSerializer.Serialize(r.Body)), Draw(7, 2_000).Select(r => JsonSerializer.Serialize(r.Body)));
    }

    private static double Share(IReadOnlyList<QuestionMix.Request> requests, Func<QuestionMix.Request, bool> predicate) =>
        (double)requests.Count(predicate) / requests.Count;
}
