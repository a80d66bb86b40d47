using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace RagQa.Core.Ingestion.Parsing;

/// <summary>
/// Markdown to readable text, pure: headings stay as lines of their own, links become their text, code (fenced or
/// inline) is kept verbatim without its fences, images, HTML tags and comments, reference definitions and front
/// matter go, emphasis marks go and list bullets become "-". Line-based: inline markup spanning two lines stays.
/// </summary>
public static partial class MarkdownText
{
    /// <summary>
    /// The document cut at its top-level headings: the shallowest heading level used more than once (so a lone title
    /// above "## " sections does not swallow the document), else the shallowest level present. The text before the
    /// first such heading is a section of its own with a null heading; blank sections are left out. A document
    /// without headings is one section.
    /// </summary>
    public static IReadOnlyList<MarkdownSection> Sections(string markdown)
    {
        var lines = Convert(markdown);
        var levels = lines.Where(l => l.Level > 0).GroupBy(l => l.Level).OrderBy(g => g.Key).ToList();
        var sectionLevel = levels.Count == 0 ? 0 : (levels.FirstOrDefault(g => g.Count() > 1) ?? levels[0]).Key;
        var sections = new List<MarkdownSection>();
        string? heading = null;
        var current = new List<Line>();
        foreach (var line in lines)
        {
            if (line.Level > 0 && line.Level <= sectionLevel)
            {
                AddSection(sections, heading, current);
                heading = line.Text.Length > 0 ? line.Text : null;
                current = [];
            }
            current.Add(line);
        }
        AddSection(sections, heading, current);
        return sections;
    }

    private static void AddSection(List<MarkdownSection> sections, string? heading, List<Line> lines)
    {
        var text = Join(lines);
        if (text.Length > 0) sections.Add(new MarkdownSection(heading, text));
    }

    /// <summary>Lines joined; blank runs folded to one blank line; a heading is a paragraph of its own.</summary>
    private static string Join(IEnumerable<Line> lines)
    {
        var text = new StringBuilder();
        var blank = false;
        foreach (var line in lines)
        {
            var content = line.Text.TrimEnd();
            if (content.Trim().Length == 0)
            {
                blank = true;
                continue;
            }
            if (text.Length > 0) text.Append(blank || line.Level > 0 ? "\n\n" : "\n");
            text.Append(content);
            blank = line.Level > 0;
        }
        return text.ToString();
    }

    private static List<Line> Convert(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var raw = markdown.ReplaceLineEndings("\n").Split('\n');
        var output = new List<Line>(raw.Length);
        Fence? fence = null;
        var inComment = false;
        for (var i = FrontMatterEnd(raw); i < raw.Length; i++)
        {
            var line = raw[i];
            if (fence is { } open)
            {
                if (IsFenceClose(line, open)) fence = null;
                else output.Add(new Line(WithoutIndent(line, open.Indent), 0));
                continue;
            }
            if (inComment)
            {
                var close = line.IndexOf("-->", StringComparison.Ordinal);
                if (close < 0) continue;
                line = line[(close + 3)..];
                inComment = false;
            }
            line = QuotePrefix().Replace(line, "");
            if (FenceOpen().Match(line) is { Success: true } opening)
            {
                fence = new Fence(opening.Groups["fence"].Value[0], opening.Groups["fence"].Length, opening.Groups["indent"].Length);
                continue;
            }
            var commentStart = line.LastIndexOf("<!--", StringComparison.Ordinal);
            if (commentStart >= 0 && line.IndexOf("-->", commentStart + 4, StringComparison.Ordinal) < 0)
            {
                line = line[..commentStart];
                inComment = true;
            }

            if (line.Trim().Length == 0 || ThematicBreak().IsMatch(line))
            {
                output.Add(new Line("", 0));
            }
            else if (ReferenceDefinition().IsMatch(line) || IsTableSeparator(line))
            {
                continue;
            }
            else if (AtxHeading().Match(line) is { Success: true } atx)
            {
                output.Add(new Line(Inline(atx.Groups["text"].Value).Trim(), atx.Groups["hashes"].Length));
            }
            else if (i + 1 < raw.Length && SetextUnderline().Match(raw[i + 1]) is { Success: true } underline && IsParagraphLine(line))
            {
                output.Add(new Line(Inline(line.Trim()).Trim(), underline.Groups["mark"].Value[0] == '=' ? 1 : 2));
                i++;
            }
            else if (line.TrimStart().StartsWith('|'))
            {
                output.Add(new Line(TableRow(line), 0));
            }
            else if (ListItem().Match(line) is { Success: true } item)
            {
                var marker = item.Groups["marker"].Value;
                var bullet = char.IsAsciiDigit(marker[0]) ? marker[..^1] + "." : "-";
                output.Add(new Line($"{item.Groups["indent"].Value}{bullet} {Inline(item.Groups["text"].Value).Trim()}", 0));
            }
            else
            {
                output.Add(new Line(Inline(line.Trim()), 0));
            }
        }
        return output;
    }

    /// <summary>Just past a YAML front-matter block (<c>---</c> … <c>---</c> or <c>...</c>) at the very top, else 0.</summary>
    private static int FrontMatterEnd(string[] lines)
    {
        if (lines.Length == 0 || lines[0].TrimEnd() != "---") return 0;
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...") return i + 1;
        }
        return 0;
    }

    private static bool IsFenceClose(string line, Fence fence)
    {
        var trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3) return false;
        var run = 0;
        while (run < trimmed.Length && trimmed[run] == fence.Marker) run++;
        return run >= fence.Length && trimmed[run..].Trim().Length == 0;
    }

    private static string WithoutIndent(string line, int indent)
    {
        var remove = 0;
        while (remove < indent && remove < line.Length && line[remove] == ' ') remove++;
        return line[remove..];
    }

    private static bool IsParagraphLine(string line) =>
        line.Length - line.TrimStart().Length < 4
        && !line.TrimStart().StartsWith('|')
        && !ListItem().IsMatch(line)
        && !AtxHeading().IsMatch(line);

    /// <summary>A table's header separator (<c>|---|:--:|</c>): only pipes, colons, dashes and spaces, with a pipe and a dash.</summary>
    private static bool IsTableSeparator(string line) =>
        line.Contains('|') && line.Contains('-') && line.All(c => c is '|' or ':' or '-' or ' ' or '\t');

    private static string TableRow(string line)
    {
        var cells = UnescapedPipe().Split(line.Trim()).Select(c => Inline(c.Trim())).ToList();
        if (cells.Count > 0 && cells[0].Length == 0) cells.RemoveAt(0);
        if (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
        return string.Join(" | ", cells);
    }

    /// <summary>
    /// Inline markup away; code spans verbatim. A line longer than this is kept as it is: the emphasis patterns are
    /// quadratic in the worst case, and a machine-written line that long is rarely prose with markup.
    /// </summary>
    private const int MaxInlineLineLength = 8192;

    private static string Inline(string text)
    {
        if (text.Length > MaxInlineLineLength) return text;
        var result = new StringBuilder(text.Length);
        int i = 0, plainStart = 0;
        while (i < text.Length)
        {
            if (text[i] == '\\')
            {
                i += 2;
                continue;
            }
            if (text[i] != '`')
            {
                i++;
                continue;
            }
            var run = RunLength(text, i);
            var close = FindBacktickRun(text, i + run, run);
            if (close < 0)
            {
                i += run;
                continue;
            }
            result.Append(Plain(text[plainStart..i]));
            var code = text[(i + run)..close];
            if (code.Length >= 2 && code[0] == ' ' && code[^1] == ' ' && code.Trim().Length > 0) code = code[1..^1];
            result.Append(code);
            i = plainStart = close + run;
        }
        if (plainStart < text.Length) result.Append(Plain(text[plainStart..]));
        return result.ToString();
    }

    private static int RunLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == '`') end++;
        return end - start;
    }

    private static int FindBacktickRun(string text, int from, int length)
    {
        for (var i = from; i < text.Length;)
        {
            if (text[i] != '`')
            {
                i++;
                continue;
            }
            var run = RunLength(text, i);
            if (run == length) return i;
            i += run;
        }
        return -1;
    }

    private static string Plain(string text)
    {
        text = HtmlComment().Replace(text, "");
        text = Image().Replace(text, "");
        text = InlineLink().Replace(text, "${text}");
        text = ReferenceLink().Replace(text, "${text}");
        text = Autolink().Replace(text, "${target}");
        text = LineBreakTag().Replace(text, "\n");
        text = HtmlTag().Replace(text, "");
        for (var pass = 0; pass < 3; pass++)
        {
            var before = text;
            text = StarEmphasis().Replace(text, "${text}");
            text = UnderscoreEmphasis().Replace(text, "${text}");
            text = Strikethrough().Replace(text, "${text}");
            if (text == before) break;
        }
        text = Escape().Replace(text, "${char}");
        return WebUtility.HtmlDecode(text);
    }

    [GeneratedRegex(@"^(?: {0,3}> ?)+")]
    private static partial Regex QuotePrefix();

    [GeneratedRegex(@"^(?<indent> {0,3})(?<fence>`{3,}|~{3,})")]
    private static partial Regex FenceOpen();

    [GeneratedRegex(@"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^ {0,3}(?<hashes>#{1,6})(?:[ \t]+(?<text>.*?))?(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^ {0,3}(?<mark>=+|-+)[ \t]*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<marker>[-*+]|\d{1,9}[.)])[ \t]+(?<text>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex(@"<!--.*?-->")]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"(?<!\\)!\[[^\]]*\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])")]
    private static partial Regex Image();

    [GeneratedRegex(@"(?<!\\)\[(?<text>[^\]]*)\]\((?:[^()]|\([^()]*\))*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"(?<!\\)\[(?<text>[^\]]+)\]\[[^\]]*\]")]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"<(?<target>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>")]
    private static partial Regex Autolink();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(?<![\\*])(?<mark>\*{1,3})(?=[^\s*])(?<text>.+?)(?<=[^\s\\*])\k<mark>(?!\*)")]
    private static partial Regex StarEmphasis();

    [GeneratedRegex(@"(?<![\\\w])(?<mark>_{1,3})(?=[^\s_])(?<text>.+?)(?<=[^\s\\_])\k<mark>(?!\w)")]
    private static partial Regex UnderscoreEmphasis();

    [GeneratedRegex(@"(?<!\\)~~(?=\S)(?<text>.+?)(?<=\S)~~")]
    private static partial Regex Strikethrough();

    [GeneratedRegex(@"\\(?<char>[!-/:-@\[-`{-~])")]
    private static partial Regex Escape();

    private readonly record struct Line(string Text, int Level);

    private readonly record struct Fence(char Marker, int Length, int Indent);
}
