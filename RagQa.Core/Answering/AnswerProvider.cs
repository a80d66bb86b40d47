namespace RagQa.Core.Answering;

/// <summary>The values of <c>Answers:Provider</c>, configured as lower-case text; the remote ones are the same services, and names, as for embeddings.</summary>
public enum AnswerProvider
{
    /// <summary>No language model: answers are composed from the retrieved texts and real counts. The default.</summary>
    Extractive,

    OpenAI,
    AzureOpenAI,

    /// <summary>Ollama through its OpenAI-compatible endpoint.</summary>
    Ollama,
}
