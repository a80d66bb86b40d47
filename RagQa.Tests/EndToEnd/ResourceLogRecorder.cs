using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace RagQa.Tests.EndToEnd;

/// <summary>
/// Keeps every line logged in the AppHost, where Aspire.Hosting.Testing forwards each resource's console output
/// (categories ending in <c>.Resources.{resource}</c>), so a test can search all of it.
/// </summary>
public sealed class ResourceLogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, _lines);

    public void Dispose() { }

    private sealed class Recorder(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category[(category.LastIndexOf('.') + 1)..]}: {formatter(state, exception)}");
    }
}
