namespace RagQa.Core.Analytics;

/// <summary>
/// The words a theme list is restricted to ("principais elogios nas avaliações que mencionam 'sempre'", "¿qué destacan
/// en las reseñas que mencionan 'chegar'?"): quoted words, or the words after a verb of mentioning. Their stems select
/// the reviews (as the analysis counts a mention: every word, or one of them when joined by "ou"/"or"); the words as
/// written name them in the answer.
/// </summary>
public sealed record ThemeMention(IReadOnlyList<string> Stems, IReadOnlyList<string> Written, bool Any = false)
{
    private static readonly string[] MentionVerbs =
        ["menciona*", "mention*", "cita*", "cite*", "escrev*", "escrib*", "wrote", "write*", "nombra*", "dizem", "dicen", "say", "says", "usam", "usan", "use"];

    /// <summary>The mention a theme question names, or null: without a quote or a verb of mentioning, nothing restricts the themes.</summary>
    public static ThemeMention? Read(string question)
    {
        var words = new QuestionWords(question);
        var quoted = Enumerable.Range(0, words.Words.Count).Any(words.IsQuoted);
        if (!quoted && !words.Has(MentionVerbs)) return null;
        var (stems, allTerms, written) = TermReader.Read(words);
        return stems.Count == 0 ? null : new ThemeMention(stems, written, Any: !allTerms && stems.Count > 1);
    }
}
