using RagQa.Core.Guardrails;
using Xunit.Abstractions;

namespace RagQa.Tests.Guardrails;

/// <summary>
/// Recall and precision per kind on eval/pii/cases.json (built by eval/pii/build_cases.py): the spellings of issue #19
/// item 8 and the kinds of item 9, against look-alikes and real Olist reviews. Prints the table that docs/security.md
/// quotes. Names in running text carry no cue the detector knows, so person-name recall is measured, not assumed.
/// </summary>
public sealed class PiiVariantsAndNewKindsEvaluationTests(ITestOutputHelper output)
{
    // The measured floors (docs/security.md): names 59/69 = 85.5 % (the ten misses are names in running text, with no
    // cue), lowest precision 97.9 % (addresses: "Rodovia Mortal 2", a game). Every other kind is found in full.
    private const double MinNameRecall = 0.85;
    private const double MinPrecision = 0.95;

    [Fact]
    public void Every_structured_kind_is_found_whole_names_mostly_and_precision_stays_above_95_percent()
    {
        var cases = GuardrailCases.PiiVariantsAndNewKinds;
        Assert.True(cases.Count(c => c.Pii.Count == 0) >= 250, "too few negative cases");
        var scores = Enum.GetValues<PiiKind>().ToDictionary(k => k, _ => new PiiKindScore());
        var casesWithFalseRedaction = 0;
        foreach (var @case in cases)
        {
            var matches = PiiDetector.Default.Detect(@case.Text);
            var right = new bool[matches.Count];
            foreach (var expected in @case.Pii)
            {
                var score = scores[expected.Kind];
                score.Expected++;
                var at = @case.Text.IndexOf(expected.Value, StringComparison.Ordinal);
                Assert.True(at >= 0, $"{@case.Id}: '{expected.Value}' is not in the text");
                var hit = Enumerable.Range(0, matches.Count).FirstOrDefault(
                    i => matches[i].Kind == expected.Kind && matches[i].Index == at && matches[i].Length == expected.Value.Length, -1);
                if (hit < 0)
                {
                    output.WriteLine($"MISSED {@case.Id} {expected.Kind} '{expected.Value}'");
                    continue;
                }
                score.Found++;
                right[hit] = true;
            }
            for (var i = 0; i < matches.Count; i++)
            {
                if (right[i]) scores[matches[i].Kind].RightMatches++;
                else
                {
                    scores[matches[i].Kind].WrongMatches++;
                    output.WriteLine($"FALSE  {@case.Id} {matches[i].Kind}:'{@case.Text.Substring(matches[i].Index, matches[i].Length)}'");
                }
            }
            if (@case.Pii.Count == 0 && matches.Count > 0) casesWithFalseRedaction++;
        }

        output.WriteLine("| kind | labelled | found | recall | wrong matches | precision |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var (kind, score) in scores.Where(s => s.Value.Expected + s.Value.WrongMatches > 0))
        {
            output.WriteLine($"| {kind} | {score.Expected} | {score.Found} | {score.Recall:P1} | {score.WrongMatches} | {score.Precision:P1} |");
        }
        output.WriteLine($"negative cases with a false redaction: {casesWithFalseRedaction}/{cases.Count(c => c.Pii.Count == 0)}");

        foreach (var (kind, score) in scores)
        {
            if (kind == PiiKind.PersonName) Assert.True(score.Recall >= MinNameRecall, $"person-name recall {score.Recall:P1}");
            else Assert.True(score.Recall == 1, $"{kind} recall {score.Recall:P1}");
            Assert.True(score.Precision >= MinPrecision, $"{kind} precision {score.Precision:P1}");
        }
    }
}
