namespace RagQa.InjectionTraining;

/// <summary>Attacks detected and benign questions flagged over one slice of the corpus.</summary>
internal readonly record struct Rates(int Attacks, int Detected, int Benign, int Flagged)
{
    public static Rates Of(IEnumerable<(bool Attack, bool Blocked)> verdicts)
    {
        int attacks = 0, detected = 0, benign = 0, flagged = 0;
        foreach (var (attack, blocked) in verdicts)
        {
            if (attack) { attacks++; detected += blocked ? 1 : 0; }
            else { benign++; flagged += blocked ? 1 : 0; }
        }
        return new Rates(attacks, detected, benign, flagged);
    }

    public string Detection => Attacks == 0 ? "–" : $"{Detected}/{Attacks} ({100.0 * Detected / Attacks:0.0} %)";

    public string FalsePositives => Benign == 0 ? "–" : $"{Flagged}/{Benign} ({100.0 * Flagged / Benign:0.0} %)";
}
