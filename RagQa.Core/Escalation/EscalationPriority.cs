namespace RagQa.Core.Escalation;

/// <summary>
/// Priority in [0, 1] = 0.5 · (1 − confidence) + 0.2 · reason weight + 0.3 · customer impact, rounded to 4 decimals.
/// <list type="bullet">
/// <item><b>Confidence</b>: the answer's; none yet (a pending or failed query) counts as 0 — the customer has nothing.</item>
/// <item><b>Reason</b>: a person asking for a human (1) outranks an answer that failed validation (0.75), which outranks a
/// merely unsure one (0.5).</item>
/// <item><b>Customer impact</b>: the heaviest <see cref="CustomerImpact"/> category in the question (legal 1, refund 0.7,
/// cancellation 0.5, none 0).</item>
/// </list>
/// Levels: <see cref="High"/> from 0.6 (e.g. any answer under 0.4 confidence that mentions Procon), <see cref="Medium"/>
/// from 0.4, else <see cref="Low"/>.
/// </summary>
public static class EscalationPriority
{
    public const string High = "high";
    public const string Medium = "medium";
    public const string Low = "low";

    public const double HighFrom = 0.6;
    public const double MediumFrom = 0.4;

    public static readonly IReadOnlyList<string> Levels = [High, Medium, Low];

    private const double ConfidenceWeight = 0.5;
    private const double ReasonWeight = 0.2;
    private const double ImpactWeight = 0.3;

    public static PriorityScore Score(double? confidence, string reason, string question)
    {
        var impact = CustomerImpact.Find(question);
        var unsure = 1 - Math.Clamp(confidence is { } c && !double.IsNaN(c) ? c : 0, 0, 1);
        var value = Math.Round(ConfidenceWeight * unsure + ReasonWeight * WeightOf(reason) + ImpactWeight * CustomerImpact.Weight(impact), 4);
        return new PriorityScore(Math.Clamp(value, 0, 1), LevelOf(value), impact);
    }

    public static string LevelOf(double priority) => priority >= HighFrom ? High : priority >= MediumFrom ? Medium : Low;

    public static double WeightOf(string reason) => reason switch
    {
        EscalationReason.UserRequest => 1,
        EscalationReason.ValidationFailed => 0.75,
        EscalationReason.LowConfidence => 0.5,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown escalation reason."),
    };
}
