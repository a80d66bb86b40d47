namespace RagQa.Core.Answering;

/// <summary>
/// The answer to a share or count question: <see cref="Matching"/> of <see cref="Total"/> reviews (distinct sources)
/// match the question's subject. <see cref="Total"/> is every review in the collection and filters — or, when the
/// subject is terms within a polarity ("reclamações que falam da cor"), those in <see cref="PolarityScope"/>, the
/// score range of the question's polarity (null without a polarity, or when the question's filters set scores).
/// </summary>
public sealed record SubjectCount(ClassifiedQuestion Question, ScoreRange? PolarityScope, int Matching, int Total, IReadOnlyList<ThemeExample> Examples)
{
    public double Share => Total == 0 ? 0 : (double)Matching / Total;
}
