namespace RagQa.InjectionTraining;

/// <summary>
/// Picks the classifier threshold on the dev split: the lowest probability at which the combined detector (rules or
/// classifier) flags at most <see cref="MaxDevFalsePositiveRate"/> of dev's benign questions, so detection is as high
/// as that false-positive budget allows. Half the goal's 1 % (rules included): a threshold set at exactly the budget on
/// dev lands above it on unseen questions, as the first held-out measurements showed (1.0 % dev, 1.4 % held out).
/// </summary>
internal static class ThresholdChoice
{
    public const double MaxDevFalsePositiveRate = 0.005;

    public static double Choose(IReadOnlyList<(bool Attack, bool ByRules, double Probability)> dev)
    {
        var benign = dev.Where(d => !d.Attack && !d.ByRules).Select(d => d.Probability).OrderDescending().ToList();
        var rulesFlagged = dev.Count(d => !d.Attack && d.ByRules);
        var budget = (int)Math.Floor(MaxDevFalsePositiveRate * dev.Count(d => !d.Attack)) - rulesFlagged;
        // Just above the (budget+1)-th highest benign probability: at most `budget` benign questions reach it.
        var cutoff = budget < 0 ? 1.0 : budget >= benign.Count ? 0.0 : benign[budget];
        return Math.Clamp(Math.Round(cutoff + 0.0005, 4), 0.05, 0.9999);
    }
}
