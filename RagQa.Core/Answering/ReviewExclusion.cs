namespace RagQa.Core.Answering;

/// <summary>
/// Reviews a theme count sets aside ("sem contar as de 5 estrelas", "excluding 2016", "tirando dezembro"): those with a
/// score in <see cref="Scores"/>, a day from <see cref="From"/> to <see cref="To"/> and in the month <see cref="MonthOfYear"/>
/// of any year — every part given at once. A review whose score or day is unknown is not set aside.
/// </summary>
public sealed record ReviewExclusion(ScoreRange? Scores = null, DateOnly? From = null, DateOnly? To = null, int? MonthOfYear = null);
