using System.Globalization;

namespace RagQa.Core.VectorStore;

/// <summary>
/// A <see cref="VectorFilter"/> compiled for evaluation in memory, with exactly the semantics of the SQL
/// that <see cref="Query.MetadataFilterSql"/> generates, so every store and the lexical search agree:
/// a missing key fails any condition that sets a value or bound; <c>EqualTo</c> is exact; a bound that
/// parses as a number compares numerically and only against plain decimal values (<c>-?[0-9]+(\.[0-9]+)?</c>),
/// any other bound compares as a string in code-point order (<c>COLLATE "C"</c>), so ISO dates sort correctly.
/// </summary>
public sealed class MetadataPredicate
{
    public static readonly MetadataPredicate MatchAll = new([]);

    private readonly Condition[] _conditions;

    private MetadataPredicate(Condition[] conditions) => _conditions = conditions;

    public bool IsMatchAll => _conditions.Length == 0;

    public static MetadataPredicate Compile(VectorFilter? filter)
    {
        if (filter is null) return MatchAll;
        var conditions = filter.Conditions
            .Where(c => c.EqualTo is not null || c.From is not null || c.To is not null)
            .Select(c => new Condition(c.Key, c.EqualTo, Bound.Of(c.From), Bound.Of(c.To)))
            .ToArray();
        return conditions.Length == 0 ? MatchAll : new MetadataPredicate(conditions);
    }

    public bool Matches(IReadOnlyDictionary<string, string> metadata)
    {
        foreach (var condition in _conditions)
        {
            if (!condition.Holds(metadata.GetValueOrDefault(condition.Key))) return false;
        }
        return true;
    }

    /// <summary>The same test over the compact key/value array the embedded store keeps per vector.</summary>
    public bool Matches(ReadOnlySpan<KeyValuePair<string, string>> metadata)
    {
        foreach (var condition in _conditions)
        {
            string? value = null;
            foreach (var entry in metadata)
            {
                if (string.Equals(entry.Key, condition.Key, StringComparison.Ordinal))
                {
                    value = entry.Value;
                    break;
                }
            }
            if (!condition.Holds(value)) return false;
        }
        return true;
    }

    /// <summary>Whether a stored value takes part in numeric comparisons: the SQL's <c>^-?[0-9]+(\.[0-9]+)?$</c>.</summary>
    public static bool IsPlainNumber(string value)
    {
        var i = value.StartsWith('-') ? 1 : 0;
        var integerDigits = CountDigits(value, i);
        if (integerDigits == 0) return false;
        i += integerDigits;
        if (i == value.Length) return true;
        if (value[i] != '.') return false;
        var fractionDigits = CountDigits(value, i + 1);
        return fractionDigits > 0 && i + 1 + fractionDigits == value.Length;
    }

    /// <summary>Parses a bound the way the SQL decides between a numeric and a string comparison.</summary>
    public static bool TryParseNumericBound(string bound, out double number) =>
        double.TryParse(bound, NumberStyles.Float, CultureInfo.InvariantCulture, out number);

    /// <summary>Ordinal comparison in Unicode code-point order, which is the byte order of UTF-8 (<c>COLLATE "C"</c>).</summary>
    public static int CompareCodePoints(string x, string y)
    {
        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            if (x[i] != y[i]) return CodePointOrder(x[i]) - CodePointOrder(y[i]);
        }
        return x.Length - y.Length;
    }

    /// <summary>
    /// UTF-16 order differs from code-point order only in that surrogates (supplementary characters) sort
    /// below U+E000–U+FFFF; shifting the two ranges restores code-point order.
    /// </summary>
    private static int CodePointOrder(char c) => c switch
    {
        >= '\uE000' => c - 0x800,
        >= '\uD800' => c + 0x2000,
        _ => c,
    };

    private static int CountDigits(string value, int start)
    {
        var i = start;
        while (i < value.Length && char.IsAsciiDigit(value[i])) i++;
        return i - start;
    }

    /// <summary>Postgres orders NaN above every number and equal to itself.</summary>
    private static int CompareNumbers(double x, double y) => (double.IsNaN(x), double.IsNaN(y)) switch
    {
        (true, true) => 0,
        (true, false) => 1,
        (false, true) => -1,
        _ => x.CompareTo(y),
    };

    private sealed record Bound(string Text, double? Number)
    {
        public static Bound? Of(string? text) =>
            text is null ? null : new Bound(text, TryParseNumericBound(text, out var number) ? number : null);

        /// <summary>Negative, zero or positive as <paramref name="value"/> sorts below, at or above the bound.</summary>
        public int Compare(string value)
        {
            if (Number is { } number)
            {
                return CompareNumbers(double.Parse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), number);
            }
            return CompareCodePoints(value, Text);
        }

        public bool Applies(string value) => Number is null || IsPlainNumber(value);
    }

    private sealed record Condition(string Key, string? EqualTo, Bound? From, Bound? To)
    {
        public bool Holds(string? value)
        {
            if (value is null) return false;
            if (EqualTo is not null && !string.Equals(value, EqualTo, StringComparison.Ordinal)) return false;
            if (From is not null && !(From.Applies(value) && From.Compare(value) >= 0)) return false;
            if (To is not null && !(To.Applies(value) && To.Compare(value) <= 0)) return false;
            return true;
        }
    }
}
