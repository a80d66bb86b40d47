namespace RagQa.Core.Retrieval;

/// <summary>A word added to a full-text query and what its matches count, relative to the question's own words' 1.</summary>
public readonly record struct WeightedWord(string Word, double Weight);
