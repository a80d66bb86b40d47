namespace RagQa.Core.Retrieval;

/// <summary>
/// How full-text search corrects a misspelt question word ("relojio", "notebok"): a lexeme no chunk of the collection
/// contains is replaced by the collection's lexeme most similar to it by trigrams (pg_trgm <c>similarity</c> over the
/// <c>collection_lexemes</c> vocabulary kept at ingestion), if at least <see cref="MinimumSimilarity"/>, counted at
/// <see cref="Weight"/> of a question word's weight. The same catches Spanish cognates ("producto" → "produt").
/// </summary>
public sealed record TypoTolerance(double Weight, double MinimumSimilarity)
{
    public static readonly TypoTolerance Off = new(0, 1);
}
