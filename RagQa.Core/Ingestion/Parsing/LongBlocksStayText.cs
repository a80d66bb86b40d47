using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace RagQa.Core.Ingestion.Parsing;

/// <summary>
/// A Markdig extension: a paragraph or heading longer than <paramref name="maxLength"/> characters is not parsed for
/// inline markup and keeps its source text. Markdig's inline parsing slows with the square of the openers (brackets,
/// emphasis marks, table pipes) still open in a block, so one huge machine-written line or table would otherwise hold
/// an ingest worker for seconds or minutes; such a block is rarely prose with markup.
/// </summary>
internal sealed class LongBlocksStayText(int maxLength) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        foreach (var parser in pipeline.BlockParsers) parser.Closed += SkipInlinesIfLong;
    }

    // Nothing to render: MarkdownLines walks the syntax tree itself.
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private void SkipInlinesIfLong(BlockProcessor processor, Block block)
    {
        if (block is LeafBlock { ProcessInlines: true } leaf && leaf.Span.Length > maxLength) leaf.ProcessInlines = false;
    }
}
