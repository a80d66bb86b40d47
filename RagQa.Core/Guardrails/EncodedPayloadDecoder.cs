using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace RagQa.Core.Guardrails;

/// <summary>
/// Finds chunks of a question that look encoded (base64, hex, URL percent-encoding, HTML numeric entities,
/// \u escapes) and decodes those that turn into readable text, so the injection rules can re-scan them. Decoding only
/// what turns into readable text keeps 32-hex Olist ids and long ordinary words (which are valid base64 too) out.
/// Bounded: at most <see cref="MaxPayloads"/> payloads of at most <see cref="MaxEncodedLength"/> characters each.
/// </summary>
internal static partial class EncodedPayloadDecoder
{
    public const int MaxPayloads = 8;
    public const int MaxEncodedLength = 8192;
    private const int MinReadableLetters = 6;
    private const int MinBase64Run = 16;
    private const int MinHexBytes = 8;
    private const double MinReadableShare = 0.9;

    /// <summary>The readable texts hidden in <paramref name="text"/>, each with the name of its encoding; null when there are none.</summary>
    public static List<EncodedPayload>? Decode(string text)
    {
        List<EncodedPayload>? payloads = null;
        // Plain questions have no 16-character run of base64 letters and no escapes: one pass and no regex for them.
        for (var position = 0; NextBase64Run(text, ref position, out var start, out var length);)
        {
            if (payloads?.Count >= MaxPayloads) return payloads;
            if (TryDecodeBase64(text.AsSpan(start, length), out var decoded)) (payloads ??= []).Add(new("base64", decoded, start, length));
        }
        if (HasHexRun(text))
        {
            foreach (var candidate in HexCandidates().EnumerateMatches(text))
            {
                if (payloads?.Count >= MaxPayloads) return payloads;
                if (TryDecodeHex(text.AsSpan(candidate.Index, candidate.Length), out var decoded)) (payloads ??= []).Add(new("hex", decoded, candidate.Index, candidate.Length));
            }
        }
        if (text.Contains('%') && CountAtLeast(PercentEscapes(), text, 3)) AddIfReadable(ref payloads, "url", Uri.UnescapeDataString(text), text.Length);
        if (text.Contains("&#", StringComparison.Ordinal) && CountAtLeast(HtmlEntities(), text, 3)) AddIfReadable(ref payloads, "html", WebUtility.HtmlDecode(text), text.Length);
        if (text.Contains("\\u", StringComparison.Ordinal) && CountAtLeast(UnicodeEscapes(), text, 3))
        {
            var unescaped = UnicodeEscapes().Replace(text, static m => ((char)int.Parse(m.ValueSpan[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
            AddIfReadable(ref payloads, "unicode_escape", unescaped, text.Length);
        }
        return payloads;
    }

    /// <summary>
    /// <paramref name="text"/> as it reads once decoded: each encoded chunk replaced by its text (a whole-text decoding,
    /// such as URL escapes, replaces all of it). What the classifier reads, so an innocent base64 chunk is judged by what it says.
    /// </summary>
    public static string Expand(string text, IReadOnlyList<EncodedPayload> payloads)
    {
        foreach (var payload in payloads)
        {
            if (payload.Length == text.Length) return payload.Text;
        }
        var expanded = new StringBuilder(text.Length);
        var position = 0;
        foreach (var payload in payloads.OrderBy(p => p.Index))
        {
            if (payload.Index < position) continue;
            expanded.Append(text, position, payload.Index - position).Append(payload.Text);
            position = payload.Index + payload.Length;
        }
        return expanded.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>The next maximal run of base64/base64url characters (with its '=' padding) of at least <see cref="MinBase64Run"/> characters.</summary>
    private static bool NextBase64Run(string text, ref int position, out int start, out int length)
    {
        while (position < text.Length)
        {
            while (position < text.Length && !IsBase64Char(text[position])) position++;
            start = position;
            while (position < text.Length && IsBase64Char(text[position])) position++;
            var runLength = position - start;
            while (position < text.Length && position - start - runLength < 2 && text[position] == '=') position++;
            if (runLength >= MinBase64Run)
            {
                length = position - start;
                return true;
            }
        }
        start = length = 0;
        return false;
    }

    private static bool IsBase64Char(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '_' or '-';

    /// <summary>Whether some stretch of hex digits, "\x"/"0x" prefixes and byte separators holds at least 16 hex digits.</summary>
    private static bool HasHexRun(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiHexDigit(c)) { if (++digits >= 2 * MinHexBytes) return true; }
            else if (c is not (' ' or ':' or ',' or '\\' or 'x' or 'X')) digits = 0;
        }
        return false;
    }

    private static bool TryDecodeBase64(ReadOnlySpan<char> encoded, out string decoded)
    {
        decoded = "";
        var trimmed = encoded.TrimEnd('=');
        if (trimmed.Length > MaxEncodedLength || trimmed.Length % 4 == 1) return false;
        var padded = ArrayPool<char>.Shared.Rent(trimmed.Length + 3);
        var bytes = ArrayPool<byte>.Shared.Rent(trimmed.Length);
        try
        {
            var length = 0;
            // base64url uses - and _ for + and /; padding is often dropped by hand.
            foreach (var c in trimmed) padded[length++] = c switch { '-' => '+', '_' => '/', _ => c };
            while (length % 4 != 0) padded[length++] = '=';
            return Convert.TryFromBase64Chars(padded.AsSpan(0, length), bytes, out var written) && TryReadable(bytes.AsSpan(0, written), out decoded);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(padded);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static bool TryDecodeHex(ReadOnlySpan<char> encoded, out string decoded)
    {
        decoded = "";
        if (encoded.Length > MaxEncodedLength) return false;
        var bytes = ArrayPool<byte>.Shared.Rent(encoded.Length / 2 + 1);
        try
        {
            var count = 0;
            var high = -1;
            for (var i = 0; i < encoded.Length; i++)
            {
                var c = encoded[i];
                // Skip "\x" and "0x" prefixes and separators between bytes.
                if ((c is '\\' or '0') && i + 1 < encoded.Length && encoded[i + 1] is 'x' or 'X' && high < 0) { i++; continue; }
                if (!char.IsAsciiHexDigit(c)) continue;
                var value = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
                if (high < 0) high = value;
                else { bytes[count++] = (byte)(high * 16 + value); high = -1; }
            }
            return high < 0 && TryReadable(bytes.AsSpan(0, count), out decoded);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static bool TryReadable(ReadOnlySpan<byte> bytes, out string text)
    {
        text = "";
        if (!Utf8.IsValid(bytes)) return false;
        var candidate = Encoding.UTF8.GetString(bytes);
        if (!IsReadable(candidate)) return false;
        text = candidate;
        return true;
    }

    private static void AddIfReadable(ref List<EncodedPayload>? payloads, string encoding, string decoded, int wholeLength)
    {
        if (payloads?.Count >= MaxPayloads || !IsReadable(decoded)) return;
        (payloads ??= []).Add(new(encoding, decoded, 0, wholeLength));
    }

    private static bool IsReadable(string text)
    {
        if (text.Length == 0) return false;
        int letters = 0, readable = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c)) letters++;
            if (char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c)) readable++;
        }
        return letters >= MinReadableLetters && readable >= MinReadableShare * text.Length;
    }

    private static bool CountAtLeast(Regex regex, string text, int count)
    {
        foreach (var _ in regex.EnumerateMatches(text))
        {
            if (--count == 0) return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?<![0-9A-Fa-f])(?:(?:\\x|0x)?[0-9A-Fa-f]{2}[ :,]?){8,}", RegexOptions.CultureInvariant)]
    private static partial Regex HexCandidates();

    [GeneratedRegex(@"%[0-9A-Fa-f]{2}", RegexOptions.CultureInvariant)]
    private static partial Regex PercentEscapes();

    [GeneratedRegex(@"&#(?:[0-9]{1,7}|[xX][0-9A-Fa-f]{1,6});", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlEntities();

    [GeneratedRegex(@"\\u[0-9A-Fa-f]{4}", RegexOptions.CultureInvariant)]
    private static partial Regex UnicodeEscapes();
}
