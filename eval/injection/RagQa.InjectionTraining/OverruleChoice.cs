namespace RagQa.InjectionTraining;

/// <summary>
/// Picks, on the dev split, the attack probability below which the classifier overrules a question that only weak
/// rules flagged: halfway between the most suspicious benign question that only weak rules flagged and the point from
/// which such a question certainly stays blocked — the least suspicious weak-only attack, or the classifier's own
/// threshold if lower (from there on the classifier blocks by itself). Halfway keeps a margin on both sides: the
/// classifier has to be nearer the benign questions than the attacks, which matters for attack kinds dev does not hold
/// (leaving a family out of training, its weak-only attacks score lower than dev's). When benign and attack overlap,
/// the cutoff is the least suspicious attack, so no weak-only dev attack is let through.
/// </summary>
internal static class OverruleChoice
{
    public static double Choose(IReadOnlyList<(bool Attack, bool WeakOnly, double Probability)> dev, double threshold)
    {
        var lowestAttack = dev.Where(d => d.Attack && d.WeakOnly).Select(d => d.Probability).DefaultIfEmpty(1.0).Min();
        var stillBlocked = Math.Min(lowestAttack, threshold);
        var highestBenign = dev.Where(d => !d.Attack && d.WeakOnly).Select(d => d.Probability).DefaultIfEmpty(0.0).Max();
        // Rounded down: a weak-only hit is overruled only strictly below the cutoff.
        var cutoff = highestBenign < stillBlocked ? (highestBenign + stillBlocked) / 2 : stillBlocked;
        return Math.Floor(cutoff * 10_000) / 10_000;
    }
}
