namespace RagQa.Core.Query;

/// <summary>Picks the quote shown for a citation: always an exact substring of the chunk text.</summary>
public static class QuoteSelector
{
    /// <summary>The chunk's leading sentences up to <paramref name="maxLength"/> characters, cut at a word boundary when longer.</summary>
    public static string Select(string text, int maxLength = 240)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= maxLength) return trimmed;
        var sentenceEnd = trimmed.LastIndexOfAny(['.', '!', '?'], maxLength - 1);
        if (sentenceEnd >= maxLength / 3) return trimmed[..(sentenceEnd + 1)];
        var wordEnd = trimmed.LastIndexOf(' ', maxLength - 1);
        return trimmed[..(wordEnd > 0 ? wordEnd : maxLength)];
    }
}
