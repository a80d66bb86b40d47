using System.Diagnostics;

namespace RagQa.Core.Analytics.Tools;

/// <summary>The "RagQa.Analytics" activity source: one <c>analysis_tool</c> span per tool call a chat model makes.</summary>
public static class AnalysisToolTelemetry
{
    public const string SourceName = "RagQa.Analytics";

    public static readonly ActivitySource Source = new(SourceName);
}
