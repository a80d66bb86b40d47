using System.Text.RegularExpressions;

namespace RagQa.Core.Answering;

/// <summary>Citation markers in an answer: [1], [2][3], [1, 2] or [1; 2].</summary>
public static partial class CitationMarkers
{
    /// <summary>The source numbers the markers in <paramref name="text"/> point at, in order of first appearance.</summary>
    public static IReadOnlyList<int> Parse(string text)
    {
        var found = new List<int>();
        foreach (Match marker in Marker().Matches(text))
        {
            foreach (var number in marker.Groups[1].Value.Split([',', ';'], StringSplitOptions.TrimEntries))
            {
                if (int.TryParse(number, out var index) && !found.Contains(index)) found.Add(index);
            }
        }
        return found;
    }

    /// <summary>The text without its markers.</summary>
    public static string Strip(string text) => Marker().Replace(text, "");

    /// <summary>
    /// Rewrites every marker to keep only the numbers <paramref name="isValid"/> accepts, as [n] each; a marker with
    /// none left is removed, with the space before it.
    /// </summary>
    public static string KeepValid(string text, Func<int, bool> isValid) => SpacedMarker().Replace(text, match =>
    {
        var valid = match.Groups[2].Value.Split([',', ';'], StringSplitOptions.TrimEntries)
            .Select(n => int.TryParse(n, out var index) ? index : -1)
            .Where(isValid)
            .Distinct()
            .ToList();
        return valid.Count == 0 ? "" : match.Groups[1].Value + string.Concat(valid.Select(i => $"[{i}]"));
    });

    [GeneratedRegex(@"\[(\s*\d+(?:\s*[,;]\s*\d+)*\s*)\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"(\s*)\[(\s*\d+(?:\s*[,;]\s*\d+)*\s*)\]")]
    private static partial Regex SpacedMarker();
}
