using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace RagQa.Core.Ingestion.Parsing;

/// <summary>
/// A Markdig extension: a paragraph or heading longer than <paramref name="maxLength"/> characters, or with more than
/// <paramref name="maxOpeners"/> characters that can open inline markup, is not parsed for inline markup and keeps its
/// source text. Markdig's inline parsing slows with the square of the openers (brackets, emphasis marks, table pipes) in a block,
/// closed or not, so one machine-written line full of them would otherwise hold an ingest worker for seconds per
/// paragraph; such a block is rarely prose with markup.
/// </summary>
internal sealed class LongBlocksStayText(int maxLength, int maxOpeners) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        foreach (var parser in pipeline.BlockParsers) parser.Closed += SkipInlinesIfCostly;
    }

    // Nothing to render: MarkdownLines walks the syntax tree itself.
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private void SkipInlinesIfCostly(BlockProcessor processor, Block block)
    {
        if (block is LeafBlock { ProcessInlines: true } leaf && (leaf.Span.Length > maxLength || Openers(leaf) > maxOpeners))
        {
            leaf.ProcessInlines = false;
        }
    }

    /// <summary>Characters of the block that can open inline markup, counted up to one past the limit.</summary>
    private int Openers(LeafBlock leaf)
    {
        var count = 0;
        for (var i = 0; i < leaf.Lines.Count; i++)
        {
            var slice = leaf.Lines.Lines[i].Slice;
            for (var position = slice.Start; position <= slice.End; position++)
            {
                if (slice.Text[position] is '[' or '*' or '_' or '`' or '<' or '~' or '|' && ++count > maxOpeners) return count;
            }
        }
        return count;
    }
}
