using RagQa.Core.Answering;

namespace RagQa.Tests.Answering;

public sealed class ConfidenceCalibrationTests
{
    private static readonly CalibrationPoint[] Points = [new(0.4, 0.1), new(0.7, 0.4), new(0.9, 0.8)];

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.2, 0.05)]
    [InlineData(0.4, 0.1)]
    [InlineData(0.55, 0.25)]
    [InlineData(0.8, 0.6)]
    [InlineData(0.9, 0.8)]
    [InlineData(1.0, 0.8)]
    public void Interpolates_between_the_measured_points(double raw, double expected)
    {
        Assert.Equal(expected, ConfidenceCalibration.Apply(Points, raw), 4);
    }

    [Fact]
    public void Without_points_the_score_is_kept()
    {
        Assert.Equal(0.83, ConfidenceCalibration.Apply([], 0.83));
    }

    public static TheoryData<string> DefaultFits() => [nameof(AnswerOptions.RetrievalCalibration), nameof(AnswerOptions.FigureCalibration)];

    [Theory]
    [MemberData(nameof(DefaultFits))]
    public void The_default_fits_are_monotone_and_a_probability(string fit)
    {
        var settings = new AnswerOptions();
        var points = fit == nameof(AnswerOptions.FigureCalibration) ? settings.FigureCalibration : settings.RetrievalCalibration;
        var values = Enumerable.Range(0, 101).Select(i => ConfidenceCalibration.Apply(points, i / 100.0)).ToList();

        Assert.All(values, v => Assert.InRange(v, 0, 1));
        Assert.True(values.Zip(values.Skip(1)).All(p => p.Second >= p.First));
    }
}
