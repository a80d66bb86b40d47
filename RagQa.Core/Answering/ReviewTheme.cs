using System.Text.RegularExpressions;

namespace RagQa.Core.Answering;

/// <summary>
/// A topic reviews talk about, e.g. late delivery. <see cref="TsQuery"/> finds the reviews that mention it
/// (Postgres <c>tsquery</c> syntax over the <c>ragqa_pt</c> configuration: unaccented Portuguese stems, so
/// it is matched against <c>chunks.tsv</c> with the GIN index). <see cref="Cues"/> are folded word
/// prefixes that name the theme in a question on their own ("atras" → late delivery); <see cref="TopicCues"/>
/// name it only together with the theme's polarity ("atendimento" + a complaint word → unresponsive seller).
/// </summary>
public sealed partial record ReviewTheme(
    string Key,
    ThemePolarity Polarity,
    string Portuguese,
    string English,
    string Spanish,
    string TsQuery,
    IReadOnlyList<string> Cues,
    IReadOnlyList<string> TopicCues)
{
    public string Name(AnswerLanguage language) => language switch
    {
        AnswerLanguage.English => English,
        AnswerLanguage.Spanish => Spanish,
        _ => Portuguese,
    };

    /// <summary>The stems the query looks for; a quote from a matching review is taken around them.</summary>
    public IReadOnlyList<string> FocusStems => Lexeme().Matches(TsQuery).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex("[a-z][a-z0-9]*")]
    private static partial Regex Lexeme();
}
