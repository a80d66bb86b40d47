using System.Globalization;
using System.Text;

namespace RagQa.Core.Query;

/// <summary>
/// The answerer used when no language model is configured: the answer is made only of the retrieved
/// texts themselves, quoted and numbered, and says that it is extractive. It never writes a claim of its own.
/// </summary>
public static class ExtractiveAnswerer
{
    public const string Mode = "extractive";

    public static ComposedAnswer Compose(IReadOnlyList<RetrievedChunk> ranked, int maxCitations)
    {
        if (ranked.Count == 0)
        {
            return new ComposedAnswer(
                "Modo extrativo (sem modelo de linguagem): não encontrei avaliações relevantes para esta pergunta.", [], Mode);
        }
        var citations = ranked.Take(maxCitations)
            .Select((r, i) => new Citation(i + 1, r.Chunk.Id, r.Chunk.DocumentId, r.Chunk.SourceId, QuoteSelector.Select(r.Chunk.Text), r.Score))
            .ToList();
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Modo extrativo (sem modelo de linguagem): os {citations.Count} trechos mais relevantes dizem:");
        foreach (var citation in citations)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"[{citation.Index}] \"{citation.Quote}\"");
        }
        return new ComposedAnswer(text.ToString(), citations, Mode);
    }
}
