namespace RagQa.Core.Ingestion.Parsing;

/// <summary>A top-level section of a Markdown document as readable text (its heading is the first line), or the text before the first heading.</summary>
public sealed record MarkdownSection(string? Heading, string Text);
