namespace RagQa.Core.Query;

/// <summary>Why a question was not accepted.</summary>
public enum QuestionRejection
{
    /// <summary>A field is missing, too long or out of range.</summary>
    InvalidInput,

    /// <summary>The collection asked about does not exist.</summary>
    UnknownCollection,

    /// <summary>The question tries to change the assistant's instructions or reach data it must not reveal.</summary>
    PromptInjection,
}
