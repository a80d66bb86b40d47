namespace RagQa.Core.Guardrails;

/// <summary>One piece of personal data found in a text: its kind and where it is (UTF-16 offsets).</summary>
public readonly record struct PiiMatch(PiiKind Kind, int Index, int Length)
{
    /// <summary>The offset just past the match.</summary>
    public int End => Index + Length;

    /// <summary>Whether the two matches share at least one character.</summary>
    public bool Overlaps(PiiMatch other) => Index < other.End && other.Index < End;
}
