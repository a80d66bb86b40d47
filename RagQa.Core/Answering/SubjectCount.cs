namespace RagQa.Core.Answering;

/// <summary>
/// The answer to a share or count question: <see cref="Matching"/> of <see cref="Total"/> reviews (distinct
/// sources) mention the question's subject. <see cref="Total"/> is every review in the collection and filters,
/// or those of <see cref="Scope"/> when the subject is terms within a polarity ("reclamações que falam da cor").
/// </summary>
public sealed record SubjectCount(ClassifiedQuestion Question, ScoreRange? Scope, int Matching, int Total, IReadOnlyList<ThemeExample> Examples)
{
    public double Share => Total == 0 ? 0 : (double)Matching / Total;
}
