using RagQa.Core.Guardrails;
using Xunit.Abstractions;

namespace RagQa.Tests.Guardrails;

/// <summary>
/// Recall and false-redaction rate of <see cref="PiiRedactor"/> on the labelled set (Data/pii_cases.json, built by
/// Data/build_pii_cases.py): positives in every supported format with valid check digits, negatives from real Olist
/// reviews with numbers and synthetic look-alikes (ids, CEPs, prices, dates, tracking codes, invalid documents).
/// </summary>
public sealed class PiiRedactionEvaluationTests(ITestOutputHelper output)
{
    private const double MaxFalseRedactionRate = 0.02;

    [Fact]
    public void The_labelled_set_is_big_enough_and_its_positives_are_valid()
    {
        var positives = GuardrailCases.Pii.Where(c => c.Pii.Count > 0).ToList();
        Assert.True(positives.Count >= 150, $"{positives.Count} positive cases");
        Assert.True(GuardrailCases.Pii.Count(c => c.Pii.Count == 0) >= 150);
        var everyPositive = positives.Concat(GuardrailCases.PiiVariantsAndNewKinds).ToList();
        foreach (var kind in Enum.GetValues<PiiKind>()) Assert.Contains(everyPositive, c => c.Pii.Any(p => p.Kind == kind));
        foreach (var expected in positives.SelectMany(c => c.Pii))
        {
            var valid = expected.Kind switch
            {
                PiiKind.Cpf => CpfDetector.IsValid(expected.Value),
                PiiKind.Cnpj => CnpjDetector.IsValid(expected.Value),
                PiiKind.PaymentCard => PaymentCardDetector.IsValid(expected.Value),
                _ => true,
            };
            Assert.True(valid, $"{expected.Kind} {expected.Value} has wrong check digits");
        }
    }

    [Fact]
    public void Every_labelled_pii_is_redacted_and_at_most_two_percent_of_cases_lose_other_text()
    {
        int expectedTotal = 0, found = 0, wrongKind = 0, casesWithFalseRedaction = 0;
        var perKind = Enum.GetValues<PiiKind>().ToDictionary(k => k, _ => (Expected: 0, Found: 0));
        foreach (var @case in GuardrailCases.Pii)
        {
            var matches = PiiDetector.Default.Detect(@case.Text);
            var used = new bool[matches.Count];
            foreach (var expected in @case.Pii)
            {
                expectedTotal++;
                var at = @case.Text.IndexOf(expected.Value, StringComparison.Ordinal);
                var hit = Enumerable.Range(0, matches.Count).FirstOrDefault(i => matches[i].Index <= at && matches[i].End >= at + expected.Value.Length, -1);
                var (kindExpected, kindFound) = perKind[expected.Kind];
                perKind[expected.Kind] = (kindExpected + 1, kindFound + (hit >= 0 ? 1 : 0));
                if (hit < 0)
                {
                    output.WriteLine($"MISSED {@case.Id} {expected.Kind} '{expected.Value}'");
                    continue;
                }
                found++;
                used[hit] = true;
                if (matches[hit].Kind != expected.Kind) wrongKind++;
            }
            var extra = matches.Where((_, i) => !used[i]).ToList();
            if (extra.Count == 0) continue;
            casesWithFalseRedaction++;
            output.WriteLine($"FALSE  {@case.Id} {string.Join(", ", extra.Select(m => $"{m.Kind}:'{@case.Text.Substring(m.Index, m.Length)}'"))}");
        }

        var recall = (double)found / expectedTotal;
        var falseRate = (double)casesWithFalseRedaction / GuardrailCases.Pii.Count;
        var negatives = GuardrailCases.Pii.Count(c => c.Pii.Count == 0);
        output.WriteLine($"PII recall {found}/{expectedTotal} = {recall:P1}; redacted with the wrong kind: {wrongKind}");
        output.WriteLine($"False redactions in {casesWithFalseRedaction}/{GuardrailCases.Pii.Count} cases = {falseRate:P2} ({negatives} negative cases)");
        foreach (var (kind, (kindExpected, kindFound)) in perKind) output.WriteLine($"  {kind,-12} {kindFound}/{kindExpected}");

        Assert.Equal(expectedTotal, found);
        Assert.True(falseRate <= MaxFalseRedactionRate, $"false-redaction rate {falseRate:P2}");
    }
}
