using System.Text.Json.Serialization;

namespace RagQa.Core.Analytics;

/// <summary>
/// A period of review dates: fixed (<see cref="From"/> to <see cref="To"/>, inclusive), the last
/// <see cref="LastMonths"/> calendar months up to the newest review's month (or before its last
/// <see cref="SkippedMonths"/>: "o trimestre anterior ao último"), the calendar year <see cref="YearsBack"/>
/// years before the newest review's ("este ano" 0, "ano passado" 1), or only its months <see cref="FirstMonth"/> to
/// <see cref="LastMonth"/> ("o primeiro trimestre deste ano"), or the calendar quarter or half-year (<see cref="PartMonths"/>
/// 3 or 6) the newest review falls in ("este semestre"), or <see cref="PartsBack"/> before it ("o semestre anterior") — all
/// resolved when counting —, or one month of every year (<see cref="MonthOfYear"/>, when a question names a month without
/// a year).
/// </summary>
public sealed record ReviewPeriod(
    DateOnly? From = null, DateOnly? To = null, int? LastMonths = null, int? MonthOfYear = null, int? YearsBack = null, int? SkippedMonths = null,
    int? FirstMonth = null, int? LastMonth = null, int? PartMonths = null, int? PartsBack = null)
{
    public static ReviewPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static ReviewPeriod Month(int year, int month) => Months(year, month, month);

    /// <summary>The months <paramref name="first"/> to <paramref name="last"/> of <paramref name="year"/>, whole.</summary>
    public static ReviewPeriod Months(int year, int first, int last) =>
        new(new DateOnly(year, first, 1), new DateOnly(year, last, DateTime.DaysInMonth(year, last)));

    public static ReviewPeriod Years(int first, int last) => new(new DateOnly(first, 1, 1), new DateOnly(last, 12, 31));

    /// <summary>The label of one month ("2018-06").</summary>
    public static string MonthLabel(int year, int month) => $"{year:D4}-{month:D2}";

    /// <summary>The label of the months from <paramref name="from"/>'s to <paramref name="to"/>'s ("2018-06..2018-08").</summary>
    public static string MonthRangeLabel(DateOnly from, DateOnly to) => $"{MonthLabel(from.Year, from.Month)}..{MonthLabel(to.Year, to.Month)}";

    /// <summary>How many months <paramref name="to"/>'s month lies after <paramref name="from"/>'s (0 for the same month).</summary>
    public static int MonthsApart(DateOnly from, DateOnly to) => (to.Year - from.Year) * 12 + to.Month - from.Month;

    /// <summary>Whether the period is counted back from the newest review, so its dates are known only when counting.</summary>
    [JsonIgnore]
    public bool IsCountedBack => LastMonths is not null || YearsBack is not null || PartMonths is not null;

    /// <summary>The calendar part of <paramref name="part"/> months holding <paramref name="newest"/> (up to it), or <see cref="PartsBack"/> parts before it.</summary>
    private ReviewPeriod PartOf(DateOnly newest, int part)
    {
        var index = ((newest.Year * 12) + newest.Month - 1) / part - (PartsBack ?? 0);
        var (year, first) = Math.DivRem(index * part, 12);
        // The part the newest review is in ends with it, as the last months do.
        return PartsBack is null or 0 ? new ReviewPeriod(new DateOnly(year, first + 1, 1), newest) : Months(year, first + 1, first + part);
    }

    /// <summary>
    /// The last <see cref="LastMonths"/> calendar months up to the newest review's day (or before the last
    /// <see cref="SkippedMonths"/>), or the calendar year
    /// <see cref="YearsBack"/> years before its, as the analysis counts them; other periods as they are.
    /// </summary>
    public ReviewPeriod ResolvedAt(DateOnly newest) => this switch
    {
        { LastMonths: { } months, SkippedMonths: { } skipped } => new ReviewPeriod(
            new DateOnly(newest.Year, newest.Month, 1).AddMonths(1 - months - skipped), new DateOnly(newest.Year, newest.Month, 1).AddMonths(1 - skipped).AddDays(-1)),
        { LastMonths: { } months } => new ReviewPeriod(new DateOnly(newest.Year, newest.Month, 1).AddMonths(1 - months), newest),
        { YearsBack: { } back, FirstMonth: { } first, LastMonth: { } last } => Months(newest.Year - back, first, last),
        { PartMonths: { } part } => PartOf(newest, part),
        { YearsBack: { } back } => Year(newest.Year - back),
        _ => this,
    };

    /// <summary>The label of the resolved period: its year, its month ("2018-08"), or its months ("2018-06..2018-08").</summary>
    public string ResolvedLabel(DateOnly newest) => ResolvedAt(newest) switch
    {
        var resolved when YearsBack is not null && FirstMonth is null => $"{resolved.From!.Value.Year}",
        { From: { } from, To: { } to } when MonthsApart(from, to) == 0 => MonthLabel(from.Year, from.Month),
        var resolved => MonthRangeLabel(resolved.From!.Value, resolved.To!.Value),
    };
}
