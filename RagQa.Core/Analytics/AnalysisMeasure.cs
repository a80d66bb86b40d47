namespace RagQa.Core.Analytics;

/// <summary>What an analytical question asks to be computed over the reviews.</summary>
public enum AnalysisMeasure
{
    /// <summary>How many reviews match.</summary>
    Count,

    /// <summary>Which share of the population matches.</summary>
    Share,

    /// <summary>The mean review score.</summary>
    AverageScore,

    /// <summary>How many reviews have each score, 1 to 5.</summary>
    ScoreDistribution,

    /// <summary>A count or share per month or year.</summary>
    Trend,

    /// <summary>The same figure for two groups or periods side by side.</summary>
    Comparison,

    /// <summary>"Do customers complain about X?", answered with the count and share of reviews that mention it.</summary>
    YesNo,
}
