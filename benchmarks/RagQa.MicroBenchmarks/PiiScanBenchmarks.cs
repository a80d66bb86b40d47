using BenchmarkDotNet.Attributes;
using RagQa.Core.Guardrails;

namespace RagQa.MicroBenchmarks;

/// <summary>PiiRedactor over real reviews: the common case (nothing to redact) and a review carrying PII.</summary>
public class PiiScanBenchmarks
{
    private readonly PiiRedactor _redactor = PiiRedactor.Default;
    private string[] _reviews = [];
    private string _withPii = "";

    [GlobalSetup]
    public void Setup()
    {
        _reviews = ReviewTexts.Load().Take(1000).ToArray();
        _withPii = _reviews[0] + " Meu CPF é 123.456.789-09, e-mail joao.silva@example.com, telefone (11) 98765-4321.";
    }

    [Benchmark(Description = "scan 1,000 real reviews")]
    public int ScanThousandReviews()
    {
        var redactions = 0;
        foreach (var review in _reviews) redactions += _redactor.Redact(review).Text.Length;
        return redactions;
    }

    [Benchmark(Description = "redact one review with CPF, e-mail, phone")]
    public string RedactOne() => _redactor.Redact(_withPii).Text;
}
