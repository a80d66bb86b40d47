namespace RagQa.Benchmarks.Eval;

/// <summary>Answers whose confidence lies in [Lower, Upper) (the last bin includes 1): how many, how confident, how often right.</summary>
public sealed record ConfidenceBin(double Lower, double Upper, int Count, double MeanConfidence, double Accuracy);
