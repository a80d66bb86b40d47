using System.Buffers;

namespace RagQa.Core.Guardrails;

/// <summary>
/// Runs the rules of one question over its canonical text (and its joined-punctuation variant): ungated rules over the
/// whole text, gated rules only over windows of <see cref="InjectionRules.GateWindowWords"/> words around the gate's
/// anchors. Windows are found once per gate and merged when they overlap, so the cost stays linear in the text.
/// </summary>
internal sealed class GateWindows
{
    // A space on either side lets anchors say "at a word start" and keeps every window starting after a space.
    private readonly string _canonical;
    private readonly string? _joined;

    private readonly List<Range>?[] _canonicalWindows = new List<Range>?[InjectionRules.Gates.Count];
    private readonly List<Range>?[] _joinedWindows = new List<Range>?[InjectionRules.Gates.Count];

    public GateWindows(string canonical, string? joined)
    {
        _canonical = $" {canonical} ";
        _joined = joined is null ? null : $" {joined} ";
    }

    public bool Matches(InjectionRule rule)
    {
        if (rule.Gate == RuleGate.None)
            return rule.Pattern.IsMatch(_canonical) || (_joined is not null && rule.Pattern.IsMatch(_joined));
        return MatchesInWindows(rule, _canonical, _canonicalWindows)
            || (_joined is not null && MatchesInWindows(rule, _joined, _joinedWindows));
    }

    private static bool MatchesInWindows(InjectionRule rule, string text, List<Range>?[] cache)
    {
        var windows = cache[(int)rule.Gate] ??= FindWindows(text, InjectionRules.Gates[(int)rule.Gate]!);
        foreach (var window in windows)
        {
            if (rule.Pattern.IsMatch(text.AsSpan(window))) return true;
        }
        return false;
    }

    private static List<Range> FindWindows(string text, SearchValues<string> anchors)
    {
        var windows = new List<Range>();
        var end = -1;
        var start = -1;
        for (var offset = 0; offset < text.Length;)
        {
            var hit = text.AsSpan(offset).IndexOfAny(anchors);
            if (hit < 0) break;
            hit += offset;
            var windowStart = WordStartBefore(text, hit, InjectionRules.GateWindowWords);
            var windowEnd = WordEndAfter(text, hit, InjectionRules.GateWindowWords);
            if (start >= 0 && windowStart <= end) end = Math.Max(end, windowEnd);
            else
            {
                if (start >= 0) windows.Add(start..end);
                (start, end) = (windowStart, windowEnd);
            }
            offset = hit + 1;
        }
        if (start >= 0) windows.Add(start..end);
        return windows;
    }

    private static int WordStartBefore(string text, int index, int words)
    {
        var position = index;
        while (position > 0)
        {
            if (text[position - 1] == ' ' && --words < 0) break;
            position--;
        }
        return position;
    }

    private static int WordEndAfter(string text, int index, int words)
    {
        var position = index;
        while (position < text.Length)
        {
            if (text[position] == ' ' && --words < 0) break;
            position++;
        }
        return position;
    }
}
