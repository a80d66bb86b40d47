namespace RagQa.Core.Query.Steps;

/// <summary>
/// An unsure or unvalidated answer opens an escalation to a human (<see cref="AutomaticEscalation"/>), after the
/// answer is stored and before the reply, so POST /query already reports it. An out-of-scope question is not one for
/// a human: its answer says what RagQa can answer.
/// </summary>
public sealed class EscalateUnsureAnswerStep(AutomaticEscalation escalation) : IQueryStep
{
    public async Task InvokeAsync(QueryContext context, CancellationToken cancellationToken)
    {
        if (context.Answer!.Kind == AnswerKinds.OutOfScope) return;
        context.Escalation = await escalation.EscalateIfNeededAsync(context.Query, context.Answer!, context.Confidence, cancellationToken);
        context.Activity?.SetTag("ragqa.escalated", context.Escalation is not null);
    }
}
