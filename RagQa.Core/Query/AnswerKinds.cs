namespace RagQa.Core.Query;

/// <summary>What kind of answer a question got, as the API reports it (<c>kind</c>).</summary>
public static class AnswerKinds
{
    /// <summary>Figures counted exactly over the whole collection.</summary>
    public const string Analytical = "analytical";

    /// <summary>Composed from the reviews retrieval found for the question.</summary>
    public const string Specific = "specific";

    /// <summary>The question is not about the collection: a short answer says what RagQa can answer.</summary>
    public const string OutOfScope = "out_of_scope";
}
