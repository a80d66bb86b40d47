namespace RagQa.Benchmarks.Eval;

/// <summary>Whether an answer is right and, when it is not, the first difference found.</summary>
public sealed record Verdict(bool Right, string Reason)
{
    public static readonly Verdict Correct = new(true, "");

    public static Verdict Wrong(string reason) => new(false, reason);
}
