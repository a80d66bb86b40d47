namespace RagQa.Tests.Monitoring;

/// <summary>
/// Just enough PromQL reading for the checks on our own dashboards and rules: the measurement an alert compares
/// with its threshold, and the metric names an expression reads. Label matchers, ranges and string literals are skipped.
/// </summary>
public static class PromQl
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan", "atan2",
    };

    /// <summary>Keywords followed by a parenthesised list of label names, not of expressions.</summary>
    private static readonly HashSet<string> LabelListKeywords = new(StringComparer.Ordinal)
    {
        "by", "without", "on", "ignoring", "group_left", "group_right",
    };

    private static readonly string[] Comparisons = ["==", "!=", ">=", "<=", ">", "<"];

    /// <summary>
    /// <c>measurement &gt; 5</c> → <c>measurement</c>: an alert's left side, which has a value whenever its metrics
    /// exist (the comparison filters it to nothing while all is well). Expressions without a top-level comparison
    /// with a number are returned unchanged.
    /// </summary>
    public static string Measurement(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var (position, length) = (-1, 0);
        Scan(expression, (i, depth) =>
        {
            if (depth != 0) return 1;
            var op = Comparisons.FirstOrDefault(c => string.CompareOrdinal(expression, i, c, 0, c.Length) == 0);
            // =~ and !~ are label matchers, only ever inside braces; a lone = does not occur at the top level.
            if (op is null) return 1;
            (position, length) = (i, op.Length);
            return op.Length;
        });
        if (position < 0) return expression.Trim();
        var threshold = expression[(position + length)..].Trim();
        return double.TryParse(threshold, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? expression[..position].Trim()
            : expression.Trim();
    }

    /// <summary>The metric names the expression selects (not functions, keywords, label names or durations).</summary>
    public static IReadOnlySet<string> MetricNames(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        Scan(expression, (i, _) =>
        {
            var c = expression[i];
            if (char.IsDigit(c) || (c == '.' && i + 1 < expression.Length && char.IsDigit(expression[i + 1])))
            {
                var end = i;
                while (end < expression.Length && (char.IsLetterOrDigit(expression[end]) || expression[end] == '.'
                    || (expression[end] is '+' or '-' && expression[end - 1] is 'e' or 'E'))) end++;
                return end - i;
            }
            if (!IsIdentifierStart(c)) return 1;
            var stop = WordEnd(expression, i);
            var word = expression[i..stop];
            var next = SkipSpaces(expression, stop);
            if (LabelListKeywords.Contains(word))
            {
                // by (le, service): label names, not metrics; the list may be empty.
                return (next < expression.Length && expression[next] == '(' ? SkipGroup(expression, next, '(', ')') : stop) - i;
            }
            var followedByCall = next < expression.Length && expression[next] == '(';
            // sum without (instance) (...): an aggregation whose clause comes before its argument.
            var followedByClause = next < expression.Length && IsIdentifierStart(expression[next])
                && expression[next..WordEnd(expression, next)] is "by" or "without";
            if (!Keywords.Contains(word) && !followedByCall && !followedByClause) names.Add(word);
            return stop - i;
        });
        return names;
    }

    /// <summary>
    /// Walks the expression outside string literals, label matchers and ranges (<c>{…}</c>, <c>[…]</c>), calling
    /// <paramref name="visit"/> with each position and the parenthesis depth; it returns how many characters to advance.
    /// </summary>
    private static void Scan(string expression, Func<int, int, int> visit)
    {
        var depth = 0;
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            switch (c)
            {
                case '"' or '\'' or '`':
                    i = SkipString(expression, i);
                    continue;
                case '{':
                    i = SkipGroup(expression, i, '{', '}');
                    continue;
                case '[':
                    i = SkipGroup(expression, i, '[', ']');
                    continue;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
            }
            i += c is '(' or ')' ? 1 : Math.Max(1, visit(i, depth));
        }
    }

    private static int SkipString(string expression, int start)
    {
        var quote = expression[start];
        var i = start + 1;
        while (i < expression.Length && expression[i] != quote) i += expression[i] == '\\' && quote != '`' ? 2 : 1;
        return Math.Min(i + 1, expression.Length);
    }

    /// <summary>The index just past the bracket closing the one at <paramref name="start"/> (string literals inside skipped).</summary>
    private static int SkipGroup(string expression, int start, char open, char close)
    {
        var depth = 0;
        var i = start;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (c is '"' or '\'' or '`')
            {
                i = SkipString(expression, i);
                continue;
            }
            if (c == open) depth++;
            else if (c == close && --depth == 0) return i + 1;
            i++;
        }
        return expression.Length;
    }

    private static int WordEnd(string expression, int start)
    {
        var end = start;
        while (end < expression.Length && IsIdentifierPart(expression[end])) end++;
        return end;
    }

    private static int SkipSpaces(string expression, int start)
    {
        var end = start;
        while (end < expression.Length && char.IsWhiteSpace(expression[end])) end++;
        return end;
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c is '_' or ':';

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or ':';
}
