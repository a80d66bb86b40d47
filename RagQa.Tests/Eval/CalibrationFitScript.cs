using System.Text.Json;
using RagQa.Benchmarks;
using RagQa.Core.Answering;

namespace RagQa.Tests.Eval;

/// <summary>Runs one of eval/analytics's calibration fits and reads the points it prints.</summary>
internal static class CalibrationFitScript
{
    public static async Task<string> RunAsync(string script)
    {
        var (exitCode, output, error) = await PythonScript.RunAsync([Path.Combine(RepositoryPaths.Root(), "eval", "analytics", script)]);
        Assert.True(exitCode == 0, error);
        return output;
    }

    /// <summary>The fit's "JSON: [...]" line, as appsettings would bind it.</summary>
    public static CalibrationPoint[] Points(string output) => JsonSerializer.Deserialize<CalibrationPoint[]>(
        output.Split('\n').Single(line => line.StartsWith("JSON: ", StringComparison.Ordinal))["JSON: ".Length..])!;
}
