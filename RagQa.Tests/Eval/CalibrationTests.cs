using RagQa.Benchmarks.Eval;

namespace RagQa.Tests.Eval;

public sealed class CalibrationTests
{
    /// <summary>
    /// Worked by hand. Bin 0.9–1.0: 0.95 right, 0.91 wrong → confidence 0.93, accuracy 0.5, gap 0.43, weight 2/4.
    /// Bin 0.3–0.4: 0.35 right → gap 0.65, weight 1/4. Bin 0.1–0.2: 0.15 wrong → gap 0.15, weight 1/4.
    /// ECE = 0.5 · 0.43 + 0.25 · 0.65 + 0.25 · 0.15 = 0.215 + 0.1625 + 0.0375 = 0.415.
    /// </summary>
    [Fact]
    public void The_expected_calibration_error_of_four_answers_is_the_weighted_gap_of_their_bins()
    {
        var bins = Calibration.Bins([(0.95, true), (0.91, false), (0.35, true), (0.15, false)]);

        Assert.Equal(10, bins.Count);
        Assert.Equal(new[] { 0, 1, 0, 1, 0, 0, 0, 0, 0, 2 }, bins.Select(b => b.Count));
        Assert.Equal(0.93, bins[9].MeanConfidence, 10);
        Assert.Equal(0.5, bins[9].Accuracy, 10);
        Assert.Equal(1.0, bins[3].Accuracy, 10);
        Assert.Equal(0.0, bins[1].Accuracy, 10);
        Assert.True(double.IsNaN(bins[5].MeanConfidence));
        Assert.Equal(0.415, Calibration.ExpectedCalibrationError(bins), 10);
    }

    [Fact]
    public void Answers_as_often_right_as_they_claim_have_no_calibration_error()
    {
        // Bin 0.7–0.8: four answers at 0.75, three right; bin 0.2–0.3: four at 0.25, one right.
        var bins = Calibration.Bins([(0.75, true), (0.75, true), (0.75, true), (0.75, false), (0.25, true), (0.25, false), (0.25, false), (0.25, false)]);

        Assert.Equal(0.0, Calibration.ExpectedCalibrationError(bins), 10);
    }

    [Fact]
    public void Confidence_one_falls_in_the_last_bin_zero_in_the_first_and_bin_edges_open_the_next_bin()
    {
        var bins = Calibration.Bins([(1.0, true), (0.0, false), (0.3, true), (1.2, true), (-0.1, false)]);

        Assert.Equal(2, bins[9].Count);
        Assert.Equal(1.0, bins[9].MeanConfidence, 10);
        Assert.Equal(2, bins[0].Count);
        Assert.Equal(1, bins[3].Count);
        Assert.Equal((0.3, 0.4), (bins[3].Lower, bins[3].Upper));
    }

    [Fact]
    public void No_answers_have_no_calibration_error_to_report() =>
        Assert.True(double.IsNaN(Calibration.ExpectedCalibrationError(Calibration.Bins([]))));
}
