namespace RagQa.Core.Guardrails;

/// <summary>
/// Runs every <see cref="IPiiDetector"/> over a text and resolves overlaps so each character belongs to at most
/// one match. Overlaps are settled deterministically: the longest match wins (an e-mail beats the CPF-shaped digits
/// inside it, "+55 11 98765-4321" beats its card-shaped tail), then the earliest, then the kind listed first in
/// <see cref="PiiKind"/> (the stronger checksum). The detectors read the text as <see cref="PiiTextNormalizer"/> writes it
/// (fullwidth digits, zero-width characters, NBSP and odd dashes undone) and their matches are mapped back onto the
/// original characters. Pure and thread-safe.
/// </summary>
public sealed class PiiDetector
{
    private static readonly Comparer<PiiMatch> ByIndex = Comparer<PiiMatch>.Create(static (a, b) => a.Index.CompareTo(b.Index));

    private readonly IPiiDetector[] _detectors;

    public PiiDetector(IEnumerable<IPiiDetector> detectors)
    {
        ArgumentNullException.ThrowIfNull(detectors);
        _detectors = detectors.ToArray();
    }

    /// <summary>Every detector: CPF, CNPJ, e-mail, phone, payment card, PIX key, RG, bank account, CEP, address and person name.</summary>
    public static PiiDetector Default { get; } =
        new([new CpfDetector(), new CnpjDetector(), new EmailDetector(), new PhoneDetector(), new PaymentCardDetector(), new PixKeyDetector(),
            new RgDetector(), new BankAccountDetector(), new CepDetector(), new AddressDetector(), new PersonNameDetector()]);

    /// <summary>The non-overlapping matches in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<PiiMatch> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var view = PiiTextNormalizer.Normalize(text);
        var candidates = new List<PiiMatch>();
        foreach (var detector in _detectors) detector.Detect(view.Text, candidates);
        var matches = candidates.Count <= 1 ? candidates : Resolve(candidates);
        if (!view.IsMapped) return matches;
        for (var i = 0; i < matches.Count; i++) matches[i] = view.ToOriginal(matches[i]);
        return matches;
    }

    private static List<PiiMatch> Resolve(List<PiiMatch> candidates)
    {
        // Overlaps only happen within a cluster of chained overlapping candidates, so sort by position, cut the
        // list into clusters, and pick greedily (longest, then earliest, then kind) inside each: O(n log n) overall.
        candidates.Sort(static (a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Length.CompareTo(a.Length));
        var accepted = new List<PiiMatch>(candidates.Count);
        var clusterStart = 0;
        var clusterEnd = candidates[0].End;
        for (var i = 1; i <= candidates.Count; i++)
        {
            if (i < candidates.Count && candidates[i].Index < clusterEnd)
            {
                clusterEnd = Math.Max(clusterEnd, candidates[i].End);
                continue;
            }
            PickWithinCluster(candidates, clusterStart, i - clusterStart, accepted);
            if (i < candidates.Count) (clusterStart, clusterEnd) = (i, candidates[i].End);
        }
        return accepted;
    }

    private static void PickWithinCluster(List<PiiMatch> candidates, int start, int count, List<PiiMatch> accepted)
    {
        if (count == 1)
        {
            accepted.Add(candidates[start]);
            return;
        }
        var cluster = candidates.GetRange(start, count);
        cluster.Sort(static (a, b) =>
            b.Length != a.Length ? b.Length.CompareTo(a.Length)
            : a.Index != b.Index ? a.Index.CompareTo(b.Index)
            : a.Kind.CompareTo(b.Kind));
        var firstNew = accepted.Count;
        foreach (var candidate in cluster)
        {
            var overlaps = false;
            for (var j = firstNew; j < accepted.Count && !overlaps; j++) overlaps = accepted[j].Overlaps(candidate);
            if (!overlaps) accepted.Add(candidate);
        }
        accepted.Sort(firstNew, accepted.Count - firstNew, ByIndex);
    }
}
