using System.Text;

namespace RagQa.Core.Ingestion.Parsing;

/// <summary>
/// Markdown to readable text, pure, whole or cut into sections at its headings; what each kind of markup becomes is
/// in <see cref="MarkdownLines"/>.
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// The document cut at its top-level headings: the shallowest heading level used more than once (so a lone title
    /// above "## " sections does not swallow the document), else the shallowest level present. The text before the
    /// first such heading is a section of its own with a null heading; blank sections are left out. A document
    /// without headings is one section.
    /// </summary>
    public static IReadOnlyList<MarkdownSection> Sections(string markdown)
    {
        var lines = MarkdownLines.From(markdown);
        var levels = lines.Where(l => l.Level > 0).GroupBy(l => l.Level).OrderBy(g => g.Key).ToList();
        var sectionLevel = levels.Count == 0 ? 0 : (levels.FirstOrDefault(g => g.Count() > 1) ?? levels[0]).Key;
        var sections = new List<MarkdownSection>();
        string? heading = null;
        var current = new List<MarkdownLine>();
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

    private static void AddSection(List<MarkdownSection> sections, string? heading, List<MarkdownLine> lines)
    {
        var text = Join(lines);
        if (text.Length > 0) sections.Add(new MarkdownSection(heading, text));
    }

    /// <summary>Lines joined; blank runs folded to one blank line; a heading is a paragraph of its own.</summary>
    private static string Join(IEnumerable<MarkdownLine> lines)
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
}
