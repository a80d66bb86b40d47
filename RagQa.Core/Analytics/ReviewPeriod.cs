namespace RagQa.Core.Analytics;

/// <summary>
/// A period of review dates: fixed (<see cref="From"/> to <see cref="To"/>, inclusive), the last
/// <see cref="LastMonths"/> calendar months up to the newest review's month (resolved when counting), or one
/// month of every year (<see cref="MonthOfYear"/>, when a question names a month without a year).
/// </summary>
public sealed record ReviewPeriod(DateOnly? From = null, DateOnly? To = null, int? LastMonths = null, int? MonthOfYear = null)
{
    public static ReviewPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static ReviewPeriod Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public static ReviewPeriod Years(int first, int last) => new(new DateOnly(first, 1, 1), new DateOnly(last, 12, 31));

    /// <summary>The label of the months from <paramref name="from"/>'s to <paramref name="to"/>'s ("2018-06..2018-08").</summary>
    public static string MonthRangeLabel(DateOnly from, DateOnly to) => $"{from.Year:D4}-{from.Month:D2}..{to.Year:D4}-{to.Month:D2}";

    /// <summary>The last <see cref="LastMonths"/> calendar months up to the newest review's day, as the analysis counts them; other periods as they are.</summary>
    public ReviewPeriod ResolvedAt(DateOnly newest) => LastMonths is { } months
        ? new ReviewPeriod(new DateOnly(newest.Year, newest.Month, 1).AddMonths(1 - months), newest)
        : this;
}
