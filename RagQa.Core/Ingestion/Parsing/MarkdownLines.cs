using System.Net;
using System.Text;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RagQa.Core.Ingestion.Parsing;

/// <summary>
/// Markdown to lines of readable text, by walking Markdig's syntax tree: headings are lines with their level, links
/// become their text, code (fenced, indented or inline) is kept verbatim without its fences, table rows become their
/// cells joined by " | ", list items start with "-" or their number, raw HTML loses its tags and comments, and images,
/// reference definitions, thematic breaks and front matter go. Blocks the source separates by a line (blank or not)
/// are separated by a blank line. A paragraph or heading longer than <see cref="MaxInlineLength"/>, or with more than
/// <see cref="MaxInlineOpeners"/> markup openers, keeps its text as it is (<see cref="LongBlocksStayText"/>), and so does a document Markdig refuses as nested too deep.
/// </summary>
internal static class MarkdownLines
{
    /// <summary>
    /// Longest paragraph or heading parsed for inline markup: past any line of prose; parsed in tens of milliseconds,
    /// under a second even when most of its characters open markup that never closes.
    /// </summary>
    public const int MaxInlineLength = 24 * 1024;

    /// <summary>
    /// Most characters that can open inline markup (<c>[ * _ ` &lt; ~ |</c>) in a paragraph or heading parsed for it:
    /// Markdig's work grows with their square, about a second and a half for 20k characters of unclosed brackets or
    /// emphasis (issue #19), so a paragraph (or pipe table) with more keeps its text. Prose with markup has a few dozen.
    /// </summary>
    public const int MaxInlineOpeners = 256;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .Use(new LongBlocksStayText(MaxInlineLength, MaxInlineOpeners))
        .Build();

    public static IReadOnlyList<MarkdownLine> From(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var source = markdown.ReplaceLineEndings("\n");
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(source, Pipeline);
        }
        // Markdig gives up on a document nested past its limits (blocks over 128 deep, some 10,000 openers left open
        // in one paragraph) with an ArgumentException, the only one it raises for valid arguments like these. Such a
        // document is machine-made noise at best: its text is kept as it is.
        catch (ArgumentException)
        {
            return [.. TrimmedLines(source).Select(line => new MarkdownLine(line, 0))];
        }
        var writer = new Writer(source);
        writer.WriteChildren(document, listDepth: 0);
        return writer.Lines;
    }

    /// <summary>Collects the lines of the blocks it is given, in document order.</summary>
    private sealed class Writer(string source)
    {
        /// <summary>Offset in the source of each line's first character, to find the line a block ends on.</summary>
        private readonly int[] lineStarts = LineStarts(source);

        /// <summary>Source line the last written block ended on.</summary>
        private int lastLine = -1;

        /// <summary>The marker of the list item being written, until its first line takes it.</summary>
        private string? pendingBullet;

        public List<MarkdownLine> Lines { get; } = [];

        public void WriteChildren(ContainerBlock container, int listDepth)
        {
            foreach (var block in container) Write(block, listDepth);
        }

        private void Write(Block block, int listDepth)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Add(heading, [string.Join(' ', TextLines(heading))], heading.Level);
                    break;
                case YamlFrontMatterBlock:
                    break;
                case CodeBlock code:
                    Add(code, code.Lines.ToString().Split('\n'), 0);
                    break;
                case HtmlBlock html:
                    Add(html, TrimmedLines(WebUtility.HtmlDecode(WithoutTags(html.Lines.ToString()))), 0);
                    break;
                case Table table:
                    Add(table, table.OfType<TableRow>().Select(RowText), 0);
                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        pendingBullet = new string(' ', 2 * listDepth) + (list.IsOrdered ? $"{item.Order}." : "-") + " ";
                        WriteChildren(item, listDepth + 1);
                        pendingBullet = null;
                    }
                    break;
                case ContainerBlock container:
                    WriteChildren(container, listDepth);
                    break;
                case ParagraphBlock paragraph:
                    Add(paragraph, TextLines(paragraph), 0);
                    break;
            }
        }

        private void Add(Block block, IEnumerable<string> lines, int level)
        {
            if (Lines.Count > 0 && block.Line > lastLine + 1) Lines.Add(MarkdownLine.Blank);
            foreach (var line in lines)
            {
                Lines.Add(new MarkdownLine(pendingBullet + line, level));
                pendingBullet = null;
            }
            lastLine = LineOf(block.Span.End);
        }

        private int LineOf(int offset)
        {
            var index = Array.BinarySearch(lineStarts, offset);
            return index >= 0 ? index : ~index - 1;
        }

        private static int[] LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n') starts.Add(i + 1);
            }
            return [.. starts];
        }
    }

    private static string RowText(TableRow row) => string.Join(" | ",
        row.OfType<TableCell>().Select(cell => string.Join(' ', cell.Descendants<ParagraphBlock>().SelectMany(TextLines))));

    /// <summary>
    /// A paragraph's or heading's text, one entry per line it breaks into, each trimmed: its inline content without
    /// markup, or its source text if it was too long to parse for inlines.
    /// </summary>
    private static IEnumerable<string> TextLines(LeafBlock block)
    {
        if (block.Inline is null) return TrimmedLines(block.Lines.ToString());
        var text = new StringBuilder();
        var pending = new Stack<Inline>();
        PushChildren(pending, block.Inline);
        while (pending.TryPop(out var inline)) Append(text, inline, pending);
        return TrimmedLines(text.ToString());
    }

    private static IEnumerable<string> TrimmedLines(string text) => text.Split('\n').Select(line => line.Trim());

    /// <summary>
    /// Appends one inline's own text and pushes its children to do next. A stack rather than recursion: an unclosed
    /// opener nests everything after it, thousands deep in a pathological paragraph.
    /// </summary>
    private static void Append(StringBuilder text, Inline inline, Stack<Inline> pending)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                text.Append('\n');
                break;
            // An image's alt text is mostly a file name or "logo": noise in a passage.
            case LinkInline { IsImage: true }:
                break;
            // Tags go; <br> and a tag or comment spanning lines still end the line, as the reader sees it.
            case HtmlInline html:
                if (IsLineBreakTag(html.Tag) || html.Tag.Contains('\n')) text.Append('\n');
                break;
            // An opener nothing closed, such as a lone "[", is text.
            case DelimiterInline delimiter:
                text.Append(delimiter.ToLiteral());
                PushChildren(pending, delimiter);
                break;
            case ContainerInline container:
                PushChildren(pending, container);
                break;
        }
    }

    /// <summary>The children in reverse, so the first pops first.</summary>
    private static void PushChildren(Stack<Inline> pending, ContainerInline container)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling) pending.Push(child);
    }

    private static bool IsLineBreakTag(string tag) =>
        tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase) && (tag.Length == 3 || !char.IsAsciiLetterOrDigit(tag[3]));

    /// <summary>
    /// HTML without its tags and comments: the text of a raw HTML block, which Markdig keeps verbatim. One pass; an
    /// unclosed comment hides the rest, a "&lt;" never closed is text.
    /// </summary>
    private static string WithoutTags(string html)
    {
        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var open = NextTagStart(html, i);
            if (open < 0)
            {
                text.Append(html, i, html.Length - i);
                break;
            }
            text.Append(html, i, open - i);
            var comment = html.AsSpan(open).StartsWith("<!--");
            var close = comment ? html.IndexOf("-->", open + 4, StringComparison.Ordinal) : html.IndexOf('>', open + 1);
            if (close < 0)
            {
                if (!comment) text.Append(html, open, html.Length - open);
                break;
            }
            i = close + (comment ? 3 : 1);
        }
        return text.ToString();
    }

    /// <summary>Where the next tag or comment opens: a "&lt;" followed by a letter, "/" or "!" (so "a &lt; b" is text), else -1.</summary>
    private static int NextTagStart(string html, int from)
    {
        for (var open = html.IndexOf('<', from); open >= 0; open = html.IndexOf('<', open + 1))
        {
            if (open + 1 < html.Length && (char.IsAsciiLetter(html[open + 1]) || html[open + 1] is '/' or '!')) return open;
        }
        return -1;
    }
}
