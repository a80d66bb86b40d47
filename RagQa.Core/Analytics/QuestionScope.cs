namespace RagQa.Core.Analytics;

/// <summary>Whether a question is about the reviews of the collection.</summary>
public enum QuestionScope
{
    /// <summary>It names something reviews talk about, or asks for a figure over them.</summary>
    InScope,

    /// <summary>It asks for something else: the system's secrets or instructions, SQL, general knowledge, a poem.</summary>
    OutOfScope,

    /// <summary>Nothing in it says either way: retrieval decides (no review shares a word with it → out of scope).</summary>
    Unsure,
}
