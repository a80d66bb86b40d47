using System.Globalization;
using RagQa.Core.Answering;

namespace RagQa.Tests.Eval;

/// <summary>
/// The figures' calibration shipped in <see cref="AnswerOptions.FigureCalibration"/> is the one
/// eval/analytics/fit_figure_calibration.py fits on the committed first-contact answers (eval/analytics/first_contact),
/// and that fit leaves no held-out figure newly at or above 0.9.
/// </summary>
public sealed class FigureCalibrationFitTests
{
    [Fact]
    public async Task The_shipped_points_are_the_script_s_fit_on_the_first_contact_answers()
    {
        var output = await CalibrationFitScript.RunAsync("fit_figure_calibration.py");

        Assert.Equal(CalibrationFitScript.Points(output), new AnswerOptions().FigureCalibration);
    }

    [Fact]
    public async Task The_fit_adds_no_wrong_answer_at_0_9_or_above_on_the_held_out_thirds()
    {
        var output = await CalibrationFitScript.RunAsync("fit_figure_calibration.py");

        var asAnswered = WrongAtLine(output, "held-out, as answered");
        Assert.Equal(asAnswered, WrongAtLine(output, "held-out, corrected"));
    }

    private static int WrongAtLine(string output, string slice)
    {
        var line = output.Split('\n').Single(l => l.StartsWith(slice + ":", StringComparison.Ordinal));
        var at = line.IndexOf("wrong at >= 0.9: ", StringComparison.Ordinal) + "wrong at >= 0.9: ".Length;
        return int.Parse(line[at..line.IndexOf(',', at)], CultureInfo.InvariantCulture);
    }
}
