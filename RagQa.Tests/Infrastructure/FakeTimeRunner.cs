using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace RagQa.Tests.Infrastructure;

/// <summary>
/// Runs an operation that waits on a <see cref="FakeTimeProvider"/> to its end, moving the fake clock on a step at a
/// time while it is pending, so retries that would wait seconds come at once. The operation's continuations run on
/// other threads, so a wait may start a step late: tests assert the delays a policy chose, not the gaps between calls.
/// </summary>
internal static class FakeTimeRunner
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan RealTimeout = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(FakeTimeProvider time, Task operation)
    {
        var watch = Stopwatch.StartNew();
        while (!operation.IsCompleted)
        {
            if (watch.Elapsed > RealTimeout) throw new TimeoutException($"The operation was still waiting after {RealTimeout} of real time.");
            time.Advance(Step);
            // A real millisecond, for the operation's continuations to run before the clock moves again.
            await Task.WhenAny(operation, Task.Delay(1));
        }
        await operation;
    }
}
