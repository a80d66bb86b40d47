namespace RagQa.Core.Guardrails;

/// <summary>Regex fragments shared by the PII detectors.</summary>
internal static class PiiPatterns
{
    /// <summary>
    /// A number starts here only if it is not glued to a word or to a longer number: this keeps the digits inside
    /// Olist ids (32 hex chars), tracking codes ("LB123456789CN") and "1.234.567" from being read as documents.
    /// </summary>
    public const string NumberStart = @"(?<![\p{L}\p{N}_]|[0-9][.,/-])";

    /// <summary>The matching end guard of <see cref="NumberStart"/>.</summary>
    public const string NumberEnd = @"(?![\p{L}\p{N}_]|[.,/-][0-9])";

    /// <summary>Fills <paramref name="digits"/> with the ASCII digit values of <paramref name="text"/>; false when the count differs.</summary>
    public static bool TryReadDigits(ReadOnlySpan<char> text, Span<int> digits)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) continue;
            if (count == digits.Length) return false;
            digits[count++] = c - '0';
        }
        return count == digits.Length;
    }

    /// <summary>True when every value is the same: "111.111.111-11" passes the CPF checksum but is no one's.</summary>
    public static bool AllSame(ReadOnlySpan<int> values)
    {
        foreach (var value in values)
        {
            if (value != values[0]) return false;
        }
        return true;
    }
}
