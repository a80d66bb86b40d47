namespace RagQa.Tests.Infrastructure;

/// <summary>A clock that moves only when the test moves it, so time-window behaviour needs no waiting and no luck.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
