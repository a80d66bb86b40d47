namespace RagQa.Core.Answering;

/// <summary>One point of a confidence calibration: a raw score and the share of answers with about that score that were right.</summary>
public sealed record CalibrationPoint(double Raw, double Probability);
