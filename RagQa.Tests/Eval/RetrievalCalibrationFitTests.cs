using RagQa.Core.Answering;

namespace RagQa.Tests.Eval;

/// <summary>
/// The retrieval answers' calibration shipped in <see cref="AnswerOptions.RetrievalCalibration"/> is the one
/// eval/analytics/fit_calibration.py fits on the committed raw scores (eval/analytics/retrieval_fit).
/// </summary>
public sealed class RetrievalCalibrationFitTests
{
    [Fact]
    public async Task The_shipped_points_are_the_script_s_fit_on_the_dev_rows() =>
        Assert.Equal(CalibrationFitScript.Points(await CalibrationFitScript.RunAsync("fit_calibration.py")), new AnswerOptions().RetrievalCalibration);
}
