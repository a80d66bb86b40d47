using RagQa.Core.Answering;
using RagQa.Core.Retrieval;

namespace RagQa.Core.Query.Steps;

/// <summary>
/// Decides what kind of question this is (about the whole collection, or something specific), its language, and
/// for a question about the whole collection the filters it states ("avaliações de 1 estrela em 2018").
/// </summary>
public sealed class ClassifyQuestionStep : IQueryStep
{
    public Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var query = context.Query;
        context.Question = QuestionIntentClassifier.Classify(query.Question);
        if (context.Question.IsAggregate) context.Filter = QuestionFilterParser.Apply(query.Question, query.Filter);
        context.Activity?.SetTag("ragqa.collection", query.Collection).SetTag("ragqa.top_k", query.TopK)
            .SetTag("ragqa.language", LanguageDetector.Code(context.Question.Language));
        return Task.CompletedTask;
    }
}
