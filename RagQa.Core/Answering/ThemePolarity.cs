namespace RagQa.Core.Answering;

/// <summary>Whether a review theme is something customers complain about or praise.</summary>
public enum ThemePolarity
{
    Complaint,
    Praise,
}
