namespace RagQa.Core.Query;

/// <summary>The question was not accepted: nothing was stored or queued. The API turns it into a 4xx problem.</summary>
public sealed class QuestionRejectedException(QuestionRejection reason, string message) : Exception(message)
{
    public QuestionRejection Reason { get; } = reason;
}
