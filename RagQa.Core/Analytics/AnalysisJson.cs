using System.Text.Json;

namespace RagQa.Core.Analytics;

/// <summary>How analysis figures are stored and cached: the same snake_case JSON the API returns.</summary>
public static class AnalysisJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
