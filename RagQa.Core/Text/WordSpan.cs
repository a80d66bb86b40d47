namespace RagQa.Core.Text;

/// <summary>A word of a text: where it starts, its length in the original text, and its folded form (lower-case, no accents).</summary>
public readonly record struct WordSpan(int Start, int Length, string Folded);
