namespace RagQa.Benchmarks.Eval;

/// <summary>A question of the set, its truth, the system's reply and the verdict.</summary>
public sealed record ScoredAnswer(AnalyticsQuestion Question, ExpectedAnswer Expected, QueryReply Reply, Verdict Verdict)
{
    /// <summary>In scope: a question the system should answer (analytical or specific), so an escalation is a cost.</summary>
    public bool InScope => Question.Type != "out_of_scope";

    /// <summary>A reply without a confidence counts as confidence 0: it claims nothing.</summary>
    public double Confidence => Reply.Confidence ?? 0;
}
