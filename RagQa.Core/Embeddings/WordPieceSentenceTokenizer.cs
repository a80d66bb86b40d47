using Microsoft.ML.Tokenizers;

namespace RagQa.Core.Embeddings;

/// <summary>BERT-family tokenization from a vocab.txt: BERT's basic clean-up, then WordPiece.</summary>
internal sealed class WordPieceSentenceTokenizer : SentenceTokenizer
{
    private readonly BertTokenizer tokenizer;
    private readonly bool lowerCase;
    private readonly bool stripAccents;
    private readonly bool isolateCjk;

    public WordPieceSentenceTokenizer(string vocabFile, TokenizerSettings settings)
    {
        // Hugging Face: strip_accents unset follows do_lower_case.
        lowerCase = settings.LowerCase ?? true;
        stripAccents = settings.StripAccents ?? lowerCase;
        isolateCjk = settings.IsolateCjk ?? true;
        tokenizer = BertTokenizer.Create(vocabFile, new BertOptions
        {
            ApplyBasicTokenization = false,
            LowerCaseBeforeTokenization = false,
            RemoveNonSpacingMarks = false,
            ClassificationToken = settings.ClassificationToken ?? "[CLS]",
            SeparatorToken = settings.SeparatorToken ?? "[SEP]",
            PaddingToken = settings.PaddingToken ?? "[PAD]",
            UnknownToken = settings.UnknownToken ?? "[UNK]",
            MaskingToken = settings.MaskToken ?? "[MASK]",
        });
    }

    public override long PaddingId => tokenizer.PaddingTokenId;

    public override long[] Encode(string text, int maxTokens)
    {
        var words = BertBasicTokenizer.Normalize(text, lowerCase, stripAccents, isolateCjk);
        var ids = tokenizer.EncodeToIds(words, addSpecialTokens: false);
        return Wrap(tokenizer.ClassificationTokenId, ids.Select(id => (long)id), tokenizer.SeparatorTokenId, maxTokens);
    }
}
