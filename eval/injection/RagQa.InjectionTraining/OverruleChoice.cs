namespace RagQa.InjectionTraining;

/// <summary>
/// Picks, on the dev split, the attack probability below which the classifier overrules a question that only weak
/// rules flagged: halfway between the most suspicious benign question and the least suspicious attack that only weak
/// rules flagged on dev, so the cutoff keeps the widest margin to both; when the two overlap, at the least suspicious
/// attack, so no such dev attack is let through. The caller caps it at the classifier's own threshold (from there on the
/// classifier blocks by itself).
/// </summary>
internal static class OverruleChoice
{
    public static double Choose(IReadOnlyList<(bool Attack, bool WeakOnly, double Probability)> dev)
    {
        var lowestAttack = dev.Where(d => d.Attack && d.WeakOnly).Select(d => d.Probability).DefaultIfEmpty(1.0).Min();
        var highestBenign = dev.Where(d => !d.Attack && d.WeakOnly).Select(d => d.Probability).DefaultIfEmpty(0.0).Max();
        // Rounded down: a weak-only hit is overruled only strictly below the cutoff, so the least suspicious attack stays blocked.
        var cutoff = highestBenign < lowestAttack ? (highestBenign + lowestAttack) / 2 : lowestAttack;
        return Math.Floor(cutoff * 10_000) / 10_000;
    }
}
