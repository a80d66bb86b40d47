using System.Collections.Concurrent;
using RagQa.Benchmarks.ApiClient;
using RagQa.Benchmarks.Load;

namespace RagQa.Benchmarks.Faults;

/// <summary>A steady open-loop query load (fixed rate) that runs while faults are injected, keeping every outcome.</summary>
public sealed class BackgroundLoad : IAsyncDisposable
{
    private readonly ConcurrentQueue<Task<QueryOutcome>> _requests = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public BackgroundLoad(RagQaApiClient api, QuestionMix mix, double perSecond) =>
        _loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / perSecond));
            while (await timer.WaitForNextTickAsync(_stop.Token).AsTask().ContinueWith(t => t.Status == TaskStatus.RanToCompletion && t.Result))
            {
                _requests.Enqueue(QueryOutcome.AskAsync(api, mix.Next(), CancellationToken.None));
            }
        });

    /// <summary>Stops issuing and returns every outcome once the requests in flight have returned.</summary>
    public async Task<IReadOnlyList<QueryOutcome>> StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        return await Task.WhenAll(_requests);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested) await StopAsync();
        _stop.Dispose();
    }
}
