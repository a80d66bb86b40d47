using System.Text;
using RagQa.Core.VectorStore;

namespace RagQa.Core.Caching;

/// <summary>
/// Where the answer to an exact repeat lives: the normalised question, its collection and filter, and — for a specific
/// answer only — top-k. The API looks both up before publishing (an aggregate answer counts the whole collection, so top-k
/// does not change it and must not split its entries); the query worker writes the one that matches the answer it composed.
/// </summary>
public sealed record ExactQuestionKey(string Collection, string Aggregate, string Specific)
{
    public static ExactQuestionKey For(string question, string collection, VectorFilter? filter, int topK)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentException.ThrowIfNullOrEmpty(collection);
        var asked = string.Join("\n", collection, AnswerCacheKey.CanonicalFilter(filter), Normalize(question));
        return new ExactQuestionKey(collection, AnswerCacheKey.Hash("aggregate\n" + asked), AnswerCacheKey.Hash($"specific\n{topK}\n{asked}"));
    }

    /// <summary>The entry an answer of this kind is stored under (<see cref="AnswerCacheKey.IsAggregate"/>).</summary>
    public string EntryFor(bool aggregate) => aggregate ? Aggregate : Specific;

    /// <summary>
    /// Case, Unicode composition and runs of white space do not change how a question is read; accents and
    /// punctuation can ("mais" / "maís", a question mark), so they stay.
    /// </summary>
    public static string Normalize(string question) =>
        string.Join(' ', question.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
