namespace RagQa.Core.Answering;

/// <summary>The languages an answer can be written in; Portuguese is the knowledge base's own and the default.</summary>
public enum AnswerLanguage
{
    Portuguese,
    English,
    Spanish,
}
