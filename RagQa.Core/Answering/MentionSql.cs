namespace RagQa.Core.Answering;

/// <summary>
/// The one SQL definition of "a review mentions a word", shared by the analysis (<c>AnalysisSql</c>) and the theme counts
/// (<see cref="ReviewStatistics"/>): some word of the review's whole text (all its chunks, lower-cased, accents dropped)
/// starts with the word's stem. Stems are letters and digits only (<c>TermStem.IsValid</c>), so nothing in them is a pattern.
/// </summary>
public static class MentionSql
{
    /// <summary>
    /// A source id's whole text folded, for the <c>reviews</c> table (migration 010) as <paramref name="alias"/> grouped by
    /// source id: its reviews' stored <c>folded</c> texts joined (one review, or each order's record of it).
    /// </summary>
    public static string FoldedText(string alias) => $"string_agg({alias}.folded, ' ')";

    /// <summary>
    /// The regular expression (a parameter value, never SQL text) that a folded text mentioning <paramref name="stem"/>
    /// matches: the stem at the start of the text or after a character that is neither a letter nor a digit. (<c>\m</c>
    /// would take "_" as part of a word, and miss "mail" in "e_mail".)
    /// </summary>
    public static string Pattern(string stem) => "(^|[^[:alnum:]])" + stem;
}
