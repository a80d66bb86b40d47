namespace RagQa.Core.Retrieval;

/// <summary>
/// A question with the filters to search it under: <see cref="Filters"/> are the caller's explicit filters
/// completed by what <see cref="QuestionFilterParser"/> recognised in the text (<see cref="Recognised"/>).
/// The question text is kept whole.
/// </summary>
public sealed record ParsedQuestion(string Question, QueryFilters Filters, QueryFilters Recognised);
