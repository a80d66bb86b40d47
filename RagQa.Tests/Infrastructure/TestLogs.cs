namespace RagQa.Tests.Infrastructure;

/// <summary>
/// The folder for the full logs of a test run: <c>RAGQA_TEST_LOGS</c> (scripts/test.sh sets it next to the run's
/// TRX and HTML reports), else <c>TestResults/logs</c> in the repository (git-ignored).
/// </summary>
public static class TestLogs
{
    public static string Directory { get; } =
        Environment.GetEnvironmentVariable("RAGQA_TEST_LOGS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(LocalServers.RepositoryRoot(), "TestResults", "logs");

    /// <summary>A new log file named after its writer and the time, opened for appending text.</summary>
    public static StreamWriter Create(string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, $"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}.log");
        return new StreamWriter(path, append: false) { AutoFlush = true };
    }
}
