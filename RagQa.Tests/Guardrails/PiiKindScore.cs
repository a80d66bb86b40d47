namespace RagQa.Tests.Guardrails;

/// <summary>Per-kind tally of a labelled-set run: labelled values found, labelled values in all, and matches that were right or wrong.</summary>
internal sealed class PiiKindScore
{
    public int Expected { get; set; }

    public int Found { get; set; }

    public int RightMatches { get; set; }

    public int WrongMatches { get; set; }

    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;

    public double Precision => RightMatches + WrongMatches == 0 ? 1 : (double)RightMatches / (RightMatches + WrongMatches);
}
