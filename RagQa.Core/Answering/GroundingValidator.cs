using System.Text;
using System.Text.RegularExpressions;
using RagQa.Core.Text;

namespace RagQa.Core.Answering;

/// <summary>
/// Checks every sentence of an answer against the sources it cites. A sentence is supported when it is one of
/// the fixed framing sentences the code wrote itself, or when it carries a marker [n] of a real source and
/// <list type="bullet">
/// <item>every quoted passage in it (“…” or "…") occurs in a cited source (accent-, case- and space-insensitive);</item>
/// <item>every number in it occurs in a cited source (no invented counts);</item>
/// <item>at least <c>minSupport</c> of its other content stems (<see cref="ContentTerms"/>) occur in one cited source.
/// This last test needs a common language: against a source in another language than the answer (a Portuguese
/// review cited in an English answer) only the quotes and numbers are checked.</item>
/// </list>
/// Sentences without a marker that carry no content, or that only introduce what follows (end with a colon:
/// "Exemplos:"), are kept and not counted. Coverage = supported / (supported +
/// unsupported) among the non-framing sentences; an answer with none has coverage 0 — it grounded nothing.
/// </summary>
public static partial class GroundingValidator
{
    public static GroundingResult Validate(
        string answer,
        IReadOnlyList<AnswerSource> sources,
        IReadOnlyCollection<string> framing,
        AnswerLanguage answerLanguage,
        double minSupport,
        bool removeUnsupported)
    {
        var byIndex = sources.ToDictionary(s => s.Index);
        var evidence = new Dictionary<int, SourceEvidence>();
        SourceEvidence EvidenceOf(int index)
        {
            if (!evidence.TryGetValue(index, out var found))
            {
                var source = byIndex[index];
                evidence[index] = found = new SourceEvidence(
                    Normalise(source.Evidence),
                    ContentTerms.Of(source.Evidence).ToHashSet(StringComparer.Ordinal),
                    LanguageDetector.Detect(source.Evidence) == answerLanguage);
            }
            return found;
        }

        var framingSet = framing.Select(f => f.Trim()).ToHashSet(StringComparer.Ordinal);
        var lines = new List<string>();
        var cited = new List<int>();
        int supported = 0, unsupported = 0;
        foreach (var line in answer.Split('\n'))
        {
            var kept = new List<string>();
            foreach (var raw in SplitSentences(line))
            {
                var spaced = CitationMarkers.KeepValid(raw, byIndex.ContainsKey);
                var sentence = spaced.Trim();
                if (sentence.Length == 0) continue;
                var verdict = framingSet.Contains(sentence) ? Verdict.Framing : Judge(sentence, EvidenceOf, minSupport);
                if (verdict == Verdict.Supported) supported++;
                if (verdict == Verdict.Unsupported) unsupported++;
                if (verdict == Verdict.Unsupported && removeUnsupported) continue;
                kept.Add(spaced);
                foreach (var index in CitationMarkers.Parse(sentence)) if (!cited.Contains(index)) cited.Add(index);
            }
            var keptLine = string.Concat(kept).Trim();
            if (keptLine.Length > 0) lines.Add(keptLine);
        }
        var counted = supported + unsupported;
        return new GroundingResult(string.Join('\n', lines), counted == 0 ? 0 : (double)supported / counted, cited, supported, unsupported);
    }

    private static Verdict Judge(string sentence, Func<int, SourceEvidence> evidenceOf, double minSupport)
    {
        var markers = CitationMarkers.Parse(sentence);
        var withoutMarkers = CitationMarkers.Strip(sentence);
        var quotes = Quoted().Matches(withoutMarkers).Select(m => m.Groups["q"].Success ? m.Groups["q"].Value : m.Groups["s"].Value).ToList();
        var claim = ListNumber().Replace(Quoted().Replace(withoutMarkers, " "), "");
        var numbers = ContentTerms.Of(claim).Where(t => char.IsDigit(t[0])).Distinct(StringComparer.Ordinal).ToList();
        // Quoted words count as content too: a verified quote grounds the words it brings.
        var words = ContentTerms.Of(ListNumber().Replace(withoutMarkers, "")).Where(t => !char.IsDigit(t[0])).Distinct(StringComparer.Ordinal).ToList();
        if (markers.Count == 0)
        {
            var heading = withoutMarkers.TrimEnd().EndsWith(':');
            return heading || (words.Count == 0 && numbers.Count == 0 && quotes.Count == 0) ? Verdict.Neutral : Verdict.Unsupported;
        }

        var cited = markers.Select(evidenceOf).ToList();
        foreach (var quote in quotes)
        {
            var normalised = Normalise(quote);
            if (normalised.Length > 0 && !cited.Any(e => e.Text.Contains(normalised, StringComparison.Ordinal))) return Verdict.Unsupported;
        }
        if (numbers.Any(n => !cited.Any(e => e.Terms.Contains(n)))) return Verdict.Unsupported;

        if (words.Count == 0) return quotes.Count > 0 || numbers.Count > 0 ? Verdict.Supported : Verdict.Neutral;
        var sameLanguage = cited.Where(e => e.SameLanguage).ToList();
        if (sameLanguage.Count == 0) return Verdict.Supported;
        var best = sameLanguage.Max(e => words.Count(e.Terms.Contains) / (double)words.Count);
        return best >= minSupport ? Verdict.Supported : Verdict.Unsupported;
    }

    /// <summary>
    /// Sentences of one line: split after . ! ? … followed by white space, never inside a quotation (but after one that
    /// ends with such a mark); markers right after the split belong to the sentence before.
    /// </summary>
    internal static IReadOnlyList<string> SplitSentences(string line)
    {
        var sentences = new List<string>();
        var current = new StringBuilder();
        var inCurly = false;
        var inStraight = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            current.Append(ch);
            if (ch == '“') inCurly = true;
            else if (ch == '”') inCurly = false;
            else if (ch == '"') inStraight = !inStraight;
            var atBreak = i + 1 == line.Length || char.IsWhiteSpace(line[i + 1]);
            var closesQuote = (ch == '”' || (ch == '"' && !inStraight)) && i > 0 && line[i - 1] is '.' or '!' or '?' or '…';
            var ends = atBreak && ((ch is '.' or '!' or '?' or '…' && !inCurly && !inStraight) || closesQuote);
            if (!ends) continue;
            // Markers right after the full stop ("… entrega. [2]") are this sentence's.
            var rest = line[(i + 1)..];
            var trailing = LeadingMarkers().Match(rest);
            if (trailing.Success)
            {
                current.Append(trailing.Value);
                i += trailing.Length;
            }
            sentences.Add(current.ToString());
            current.Clear();
        }
        if (current.ToString().Trim().Length > 0) sentences.Add(current.ToString());
        return sentences;
    }

    /// <summary>Folded, with runs of white space as one space and without typographic quote marks.</summary>
    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in TextFolding.Fold(text))
        {
            if (char.IsWhiteSpace(ch))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(ch);
        }
        return builder.ToString().Trim();
    }

    [GeneratedRegex("“(?<q>[^”]*)”|\"(?<s>[^\"]*)\"")]
    private static partial Regex Quoted();

    /// <summary>An enumeration at the start of a line ("1) ", "2. "), which is not a count.</summary>
    [GeneratedRegex(@"^\s*\d{1,2}[\)\.]\s")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"^(\s*\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\])+")]
    private static partial Regex LeadingMarkers();

    private enum Verdict
    {
        Framing,
        Supported,
        Unsupported,
        Neutral,
    }

    private sealed record SourceEvidence(string Text, HashSet<string> Terms, bool SameLanguage);
}
