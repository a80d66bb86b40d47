namespace RagQa.Benchmarks.Eval;

/// <summary>
/// Whether confidence means what it says: answers binned by confidence (equal widths over 0..1), each bin's mean
/// confidence against its accuracy, and the expected calibration error ECE = Σ n_b / N · |acc_b − conf_b|.
/// </summary>
public static class Calibration
{
    public const int DefaultBinCount = 10;

    /// <summary>Every bin, empty ones included (their mean confidence and accuracy are NaN) so a table shows the gaps.</summary>
    public static IReadOnlyList<ConfidenceBin> Bins(IReadOnlyList<(double Confidence, bool Right)> answers, int binCount = DefaultBinCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(binCount, 1);
        return Enumerable.Range(0, binCount).Select(b =>
        {
            var members = answers.Where(a => BinOf(a.Confidence, binCount) == b).ToList();
            return new ConfidenceBin(
                (double)b / binCount,
                (double)(b + 1) / binCount,
                members.Count,
                members.Count == 0 ? double.NaN : members.Average(a => Math.Clamp(a.Confidence, 0, 1)),
                members.Count == 0 ? double.NaN : members.Count(a => a.Right) / (double)members.Count);
        }).ToList();
    }

    /// <summary>NaN when there is no answer at all.</summary>
    public static double ExpectedCalibrationError(IReadOnlyList<ConfidenceBin> bins)
    {
        var total = bins.Sum(b => b.Count);
        return total == 0
            ? double.NaN
            : bins.Where(b => b.Count > 0).Sum(b => (double)b.Count / total * Math.Abs(b.Accuracy - b.MeanConfidence));
    }

    /// <summary>Confidence 1 belongs to the last bin; values outside 0..1 are clamped rather than dropped.</summary>
    private static int BinOf(double confidence, int binCount) =>
        Math.Min((int)Math.Floor(Math.Clamp(confidence, 0, 1) * binCount), binCount - 1);
}
