using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.EndToEnd;

/// <summary>
/// Keeps every line logged in the AppHost, where Aspire.Hosting.Testing forwards each resource's console output
/// (categories ending in <c>.Resources.{resource}</c>), so a test can search all of it, and writes each line to
/// a log file (<see cref="TestLogs"/>) instead of the console: a run's console stays readable.
/// </summary>
public sealed class ResourceLogRecorder(string name) : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly StreamWriter _file = TestLogs.Create(name);
    private bool _closed;

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, this);

    public void Dispose()
    {
        lock (_file)
        {
            _closed = true;
            _file.Dispose();
        }
    }

    private void Add(string line, LogLevel level)
    {
        _lines.Enqueue(line);
        lock (_file)
        {
            // Written after Dispose only by a straggling background thread: dropping that line is harmless.
            if (!_closed) _file.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {level,-11} {line}");
        }
    }

    private sealed class Recorder(string category, ResourceLogRecorder owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Add($"{category[(category.LastIndexOf('.') + 1)..]}: {formatter(state, exception)}", logLevel);
    }
}
