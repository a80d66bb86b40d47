using System.Diagnostics;
using RagQa.Core.Ingestion.Parsing;
using Xunit.Abstractions;

namespace RagQa.Tests.Ingestion.Parsing;

/// <summary>
/// Issue #19, item 10: the hand-written Markdown reader was quadratic on long lines (8–17 s for one 20k-character
/// line). Each pathological single-line shape is timed against plain prose of the same length in the same test —
/// best of several runs, so a loaded machine slows both alike — and must stay within a generous multiple of it.
/// </summary>
public sealed class MarkdownScalingTests(ITestOutputHelper output)
{
    private const int Length = 20_000;

    /// <summary>How many times slower than prose a shape may be: quadratic work on 20k characters is thousands of times.</summary>
    private const double MaxSlowdown = 200;

    public static TheoryData<string, string> Shapes => new()
    {
        { "emphasis and links that close", "**Prazo** de [sete dias](https://x.com/p) e `código`; " },
        { "brackets that never close", "[a " },
        { "emphasis that never closes", "*a _b " },
        { "an unfinished image and comment", "![x](y <!-- " },
        { "a table row of pipes", "| a " },
        { "autolinks and entities", "<https://x.com/a> &amp; " },
        { "backslash escapes", "\\* \\[ " },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_20k_character_single_line_parses_within_a_multiple_of_prose(string name, string unit)
    {
        var shape = Line(unit);
        var prose = Line("palavra comum ");
        var baseline = BestOf(() => MarkdownText.Sections(prose));
        var elapsed = BestOf(() => MarkdownText.Sections(shape));

        output.WriteLine($"{name}: {elapsed.TotalMilliseconds:F1} ms, prose {baseline.TotalMilliseconds:F1} ms");
        // The floor keeps a sub-millisecond baseline from turning timer noise into a failure.
        var bound = TimeSpan.FromTicks((long)(Math.Max(baseline.Ticks, TimeSpan.FromMilliseconds(2).Ticks) * MaxSlowdown));
        Assert.True(elapsed <= bound, $"{name}: {elapsed.TotalMilliseconds:F0} ms against {baseline.TotalMilliseconds:F1} ms for prose");
    }

    private static string Line(string unit) => string.Concat(Enumerable.Repeat(unit, Length / unit.Length + 1))[..Length];

    private static TimeSpan BestOf(Action run)
    {
        run(); // warm-up: JIT and Markdig's pipeline
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            if (watch.Elapsed < best) best = watch.Elapsed;
        }
        return best;
    }
}
