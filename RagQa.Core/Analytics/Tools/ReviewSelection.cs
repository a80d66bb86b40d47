using System.ComponentModel;
using System.Globalization;
using RagQa.Core.Answering;

namespace RagQa.Core.Analytics.Tools;

/// <summary>
/// Which reviews a tool call selects, as the model writes it: a score range, a period (fixed, or the last months up to
/// the newest review) and words mentioned. <see cref="ToCondition"/> turns it into the <see cref="ReviewCondition"/> the
/// rule-based parser produces too, or says what is wrong with it, in words the model can correct.
/// </summary>
[Description("Which reviews to select; every field is optional and an empty object selects every review.")]
public sealed record ReviewSelection
{
    /// <summary>Words per selection: a model listing synonyms rarely needs more, and each word is one SQL condition.</summary>
    public const int MaxMentions = 5;

    public const int MaxWordLength = 40;

    public const int MaxLastMonths = 120;

    [Description("Lowest review score, 1 to 5. Negative reviews are scores 1-2, neutral 3, positive 4-5.")]
    public int? MinScore { get; init; }

    [Description("Highest review score, 1 to 5.")]
    public int? MaxScore { get; init; }

    [Description("First year, month or day of the review date, inclusive: 2017, 2018-03 or 2018-03-15. Give from and to together (the same value for one year or month).")]
    public string? From { get; init; }

    [Description("Last year, month or day of the review date, inclusive: 2017, 2018-03 or 2018-03-15.")]
    public string? To { get; init; }

    [Description("Only the last N calendar months up to the newest review's month (e.g. 3 for the last quarter); not with from/to.")]
    public int? LastMonths { get; init; }

    [Description("Words the review's title or text mentions (any of them), e.g. [\"atraso\", \"demora\"]; one word each, at most 5.")]
    public IReadOnlyList<string>? Mentions { get; init; }

    public static readonly ReviewSelection All = new();

    /// <returns>The condition, or the reason the selection cannot be counted.</returns>
    public (ReviewCondition? Condition, string? Error) ToCondition()
    {
        if (MinScore is < 1 or > 5 || MaxScore is < 1 or > 5) return (null, "min_score and max_score must be between 1 and 5.");
        if (MinScore > MaxScore) return (null, "min_score must not be above max_score.");
        var scores = MinScore is null && MaxScore is null ? null : new ScoreRange(MinScore, MaxScore);

        var (period, periodError) = Period();
        if (periodError is not null) return (null, periodError);

        var mentions = Mentions ?? [];
        if (mentions.Count > MaxMentions) return (null, $"mentions takes at most {MaxMentions} words.");
        var stems = new List<string>();
        foreach (var word in mentions)
        {
            var stem = word.Length <= MaxWordLength ? TermStem.Of(word) : "";
            if (!TermStem.IsValid(stem)) return (null, $"'{Shorten(word)}' is not one word of letters or digits (at least 2).");
            if (!stems.Contains(stem)) stems.Add(stem);
        }
        return (new ReviewCondition(scores, period, stems.Count > 0 ? stems : null, AllTerms: false), null);
    }

    private (ReviewPeriod? Period, string? Error) Period()
    {
        if (LastMonths is { } months)
        {
            if (From is not null || To is not null) return (null, "last_months cannot be combined with from/to.");
            return months is >= 1 and <= MaxLastMonths ? (new ReviewPeriod(LastMonths: months), null) : (null, $"last_months must be between 1 and {MaxLastMonths}.");
        }
        if (From is null && To is null) return (null, null);
        // Both bounds, so that the period reads back in words ("de 2017", "de março de 2018") like the parser's.
        if (From is null || To is null) return (null, "give both from and to (the same value for one year, month or day).");
        if ((Bounds(From), Bounds(To)) is not ({ } from, { } to))
        {
            return (null, "from and to must be a year (2017), a month (2018-03) or a day (2018-03-15).");
        }
        return from.Start <= to.End ? (new ReviewPeriod(from.Start, to.End), null) : (null, "from must not be after to.");
    }

    /// <summary>The first and last day a year, month or day stands for; null when it is none of them.</summary>
    private static (DateOnly Start, DateOnly End)? Bounds(string text)
    {
        var value = text.Trim();
        var culture = CultureInfo.InvariantCulture;
        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, culture, out var year) && year is >= 1900 and <= 2100)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM", culture, DateTimeStyles.None, out var month))
        {
            return (month, month.AddMonths(1).AddDays(-1));
        }
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day) ? (day, day) : null;
    }

    private static string Shorten(string word) => word.Length <= MaxWordLength ? word : word[..MaxWordLength] + "…";
}
