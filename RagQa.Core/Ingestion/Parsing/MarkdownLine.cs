namespace RagQa.Core.Ingestion.Parsing;

/// <summary>One line of a Markdown document's readable text: a heading (<paramref name="Level"/> 1–6) or not (0); empty is a blank line.</summary>
internal readonly record struct MarkdownLine(string Text, int Level)
{
    public static readonly MarkdownLine Blank = new("", 0);
}
