using System.Diagnostics.Metrics;

namespace RagQa.Core.Analytics.Tools;

/// <summary>The instruments of the "RagQa.Analytics" meter.</summary>
internal sealed class AnalysisToolMetrics
{
    public const string MeterName = "RagQa.Analytics";

    private readonly Counter<long> _withheld;

    public AnalysisToolMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _withheld = meter.CreateCounter<long>("ragqa.analysis.withheld_answers", "{answer}",
            "Chat-model analytical answers withheld, by reason (unbacked_number, no_tool_result, empty_answer, model_failed).");
    }

    public void Withheld(string reason) => _withheld.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
