namespace RagQa.Core.Answering;

/// <summary>
/// A question's intent and language and, for <see cref="QuestionIntent.Share"/> and <see cref="QuestionIntent.Count"/>,
/// what is counted: the reviews mentioning a <see cref="Theme"/>; else the reviews containing all the
/// <see cref="Terms"/> the question names, among those of a <see cref="Polarity"/> when it has one
/// ("quantos clientes reclamaram da cor?"), or all reviews of that polarity ("quantos clientes reclamaram?").
/// </summary>
public sealed record ClassifiedQuestion(
    QuestionIntent Intent,
    AnswerLanguage Language,
    ReviewTheme? Theme = null,
    ThemePolarity? Polarity = null,
    string? Terms = null)
{
    public bool IsAggregate => Intent is not QuestionIntent.Specific;

    /// <summary>The most common complaints or praise: a list of themes.</summary>
    public bool IsThemeList => Intent is QuestionIntent.CommonComplaints or QuestionIntent.CommonPraise;

    public static string Name(QuestionIntent intent) => intent switch
    {
        QuestionIntent.CommonComplaints => "common_complaints",
        QuestionIntent.CommonPraise => "common_praise",
        QuestionIntent.Share => "share",
        QuestionIntent.Count => "count",
        _ => "specific",
    };
}
