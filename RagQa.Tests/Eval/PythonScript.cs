using System.Diagnostics;

namespace RagQa.Tests.Eval;

/// <summary>One of eval/'s Python scripts run to its end, for the tests that check what it computes.</summary>
public static class PythonScript
{
    /// <returns>The exit code, standard output and standard error.</returns>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IEnumerable<string> arguments)
    {
        using var python = Process.Start(new ProcessStartInfo("python3", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = python.StandardOutput.ReadToEndAsync();
        var error = await python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();
        return (python.ExitCode, await output, error);
    }
}
