namespace RagQa.Core.Query;

/// <summary>An answer with its citations; <see cref="Mode"/> says how it was made (e.g. <c>extractive</c>).</summary>
public sealed record ComposedAnswer(string Text, IReadOnlyList<Citation> Citations, string Mode);
