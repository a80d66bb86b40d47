namespace RagQa.Core.Answering;

/// <summary>
/// An answer before validation: its text, the sources its [n] markers may point at, and the fixed framing
/// sentences the code itself wrote from real counts (supported by construction). Token counts are the model's, when it reports them.
/// </summary>
public sealed record AnswerDraft(
    string Text,
    IReadOnlyList<AnswerSource> Sources,
    IReadOnlyList<string> Framing,
    string Mode,
    string? Model = null,
    long? InputTokens = null,
    long? OutputTokens = null);
