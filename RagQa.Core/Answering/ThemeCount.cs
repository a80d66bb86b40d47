namespace RagQa.Core.Answering;

/// <summary>How many reviews (distinct sources, not chunks) mention a theme, and the reviews that illustrate it.</summary>
public sealed record ThemeCount(ReviewTheme Theme, int Reviews, IReadOnlyList<ThemeExample> Examples);
