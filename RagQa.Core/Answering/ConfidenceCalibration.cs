namespace RagQa.Core.Answering;

/// <summary>
/// Turns a raw score into a probability of being right, through points measured on the development split of the
/// analytics question set (eval/analytics/fit_calibration.py): linear between points, from (0, 0) to the first, flat
/// after the last. No points leave the score as it is.
/// </summary>
public static class ConfidenceCalibration
{
    public static double Apply(IReadOnlyList<CalibrationPoint> points, double raw)
    {
        if (points.Count == 0) return raw;
        var previous = new CalibrationPoint(0, 0);
        foreach (var point in points)
        {
            if (raw <= point.Raw)
            {
                var span = point.Raw - previous.Raw;
                var at = span <= 0 ? 1 : (raw - previous.Raw) / span;
                return Math.Round(previous.Probability + at * (point.Probability - previous.Probability), 4);
            }
            previous = point;
        }
        return previous.Probability;
    }
}
