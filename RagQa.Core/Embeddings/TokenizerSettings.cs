namespace RagQa.Core.Embeddings;

/// <summary>What a model folder's tokenizer_config.json and special_tokens_map.json say; null where they are silent.</summary>
internal sealed record TokenizerSettings(
    bool? LowerCase,
    bool? StripAccents,
    bool? IsolateCjk,
    string? TokenizerClass,
    int? ModelMaxLength,
    string? ClassificationToken,
    string? SeparatorToken,
    string? PaddingToken,
    string? UnknownToken,
    string? MaskToken);
