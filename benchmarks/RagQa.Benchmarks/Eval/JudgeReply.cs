using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RagQa.Benchmarks.Eval;

/// <summary>A judge model's verdict on one answer: a score on the 1–5 scale and the reason it gives.</summary>
public sealed partial record JudgeReply(double Score, string? Reason)
{
    public const double MinScore = 1;
    public const double MaxScore = 5;

    /// <summary>
    /// Reads the verdict from the judge's text: Microsoft's tag format (<c>&lt;S0&gt;thought chain&lt;/S0&gt;
    /// &lt;S1&gt;explanation&lt;/S1&gt;&lt;S2&gt;score&lt;/S2&gt;</c>, which our prompts ask for) or, because some models
    /// answer in JSON whatever they are asked, an object with <c>score</c> and <c>reason</c> or <c>explanation</c>.
    /// Null when neither yields a score from 1 to 5.
    /// </summary>
    public static JudgeReply? Parse(string text) => FromTags(text) ?? FromJson(text);

    private static JudgeReply? FromTags(string text)
    {
        var score = Tag(text, "S2");
        return score is null ? null : Verdict(score, Tag(text, "S1"));
    }

    private static JudgeReply? FromJson(string text)
    {
        // The object may sit inside a ```json fence or after a sentence: take the outermost braces.
        var start = text.IndexOf('{');
        var end = text.LastIndexOf('}');
        if (start < 0 || end < start) return null;
        try
        {
            using var document = JsonDocument.Parse(text[start..(end + 1)]);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            var fields = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
            if (!fields.TryGetValue("score", out var score)) return null;
            var reason = fields.TryGetValue("reason", out var r) || fields.TryGetValue("explanation", out r) ? r.ToString() : null;
            return Verdict(score.ToString(), reason);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JudgeReply? Verdict(string scoreText, string? reason)
    {
        var match = ScoreText().Match(scoreText);
        if (!match.Success) return null;
        var score = double.Parse(match.Groups["score"].Value, CultureInfo.InvariantCulture);
        return score is >= MinScore and <= MaxScore ? new JudgeReply(score, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()) : null;
    }

    private static string? Tag(string text, string name)
    {
        var match = Regex.Match(text, $"<{name}>(?<value>.*?)</{name}>", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        return match.Success ? match.Groups["value"].Value : null;
    }

    /// <summary>A bare number, tolerating the decorations models add: bold or quotes around it, "/5" after it.</summary>
    [GeneratedRegex("""^[\s*"']*(?<score>\d+(\.\d+)?)\s*(/\s*5)?[\s*"']*$""")]
    private static partial Regex ScoreText();
}
