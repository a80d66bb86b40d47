using System.Text;
using Microsoft.ML.Tokenizers;

namespace RagQa.Core.Embeddings;

/// <summary>
/// SentencePiece tokenization (multilingual models: XLM-R, e5, paraphrase-multilingual). XLM-R-style models
/// number their vocabulary the fairseq way: &lt;s&gt;=0, &lt;pad&gt;=1, &lt;/s&gt;=2, &lt;unk&gt;=3, and every
/// SentencePiece id shifted up by one; other models use the SentencePiece ids and its BOS/EOS as they are.
/// </summary>
internal sealed class SentencePieceSentenceTokenizer : SentenceTokenizer
{
    private const int FairseqBos = 0;
    private const int FairseqPad = 1;
    private const int FairseqEos = 2;
    private const int FairseqUnk = 3;
    private const int FairseqOffset = 1;

    private readonly SentencePieceTokenizer tokenizer;
    private readonly bool fairseqIds;
    private readonly bool lowerCase;
    private readonly long bos;
    private readonly long eos;

    public SentencePieceSentenceTokenizer(Stream model, bool fairseqIds, bool lowerCase)
    {
        tokenizer = SentencePieceTokenizer.Create(model, addBeginningOfSentence: false, addEndOfSentence: false);
        this.fairseqIds = fairseqIds;
        this.lowerCase = lowerCase;
        if (fairseqIds)
        {
            bos = FairseqBos;
            eos = FairseqEos;
            PaddingId = FairseqPad;
        }
        else
        {
            bos = tokenizer.BeginningOfSentenceId;
            eos = tokenizer.EndOfSentenceId;
            PaddingId = tokenizer.Vocabulary.TryGetValue("<pad>", out var pad) ? pad : 0;
        }
    }

    public override long PaddingId { get; }

    public override long[] Encode(string text, int maxTokens)
    {
        // SentencePiece models of this family normalise with NFKC; applying it here does not depend on
        // how much of the model's normaliser the library implements (NFKC is idempotent).
        var normalized = text.Normalize(NormalizationForm.FormKC);
        if (lowerCase) normalized = normalized.ToLowerInvariant();
        var ids = tokenizer.EncodeToIds(normalized, addBeginningOfSentence: false, addEndOfSentence: false);
        return Wrap(bos, ids.Select(Map), eos, maxTokens);
    }

    internal long Map(int id) => !fairseqIds ? id : id == tokenizer.UnknownId ? FairseqUnk : id + FairseqOffset;
}
