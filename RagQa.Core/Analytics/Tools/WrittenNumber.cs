namespace RagQa.Core.Analytics.Tools;

/// <summary>
/// A number as an answer writes it: its text, whether it is a percentage, and the values it can stand for, each with
/// the decimals it shows ("1.234" is 1234 in Portuguese and 1.234 in English: two readings).
/// </summary>
public sealed record WrittenNumber(string Text, bool IsPercent, IReadOnlyList<(double Value, int Decimals)> Readings);
