using RagQa.Core.Documents;

namespace RagQa.Tests.Documents;

public sealed class DocumentStateMachineTests
{
    [Theory]
    [InlineData(DocumentStatus.Uploading, DocumentTransition.Queue, true)]
    [InlineData(DocumentStatus.Queued, DocumentTransition.Queue, false)]
    [InlineData(DocumentStatus.Queued, DocumentTransition.Parse, true)]
    [InlineData(DocumentStatus.Parsing, DocumentTransition.Parse, true)]
    [InlineData(DocumentStatus.Embedding, DocumentTransition.Parse, false)]
    [InlineData(DocumentStatus.Parsing, DocumentTransition.Embed, true)]
    [InlineData(DocumentStatus.Queued, DocumentTransition.Embed, false)]
    [InlineData(DocumentStatus.Embedding, DocumentTransition.Embed, false)]
    [InlineData(DocumentStatus.Embedding, DocumentTransition.Index, true)]
    [InlineData(DocumentStatus.Parsing, DocumentTransition.Index, false)]
    [InlineData(DocumentStatus.Queued, DocumentTransition.Fail, true)]
    [InlineData(DocumentStatus.Parsing, DocumentTransition.Fail, true)]
    [InlineData(DocumentStatus.Embedding, DocumentTransition.Fail, true)]
    public void Uploading_then_queued_then_parsing_then_embedding_then_indexed_and_failed_on_the_way(
        DocumentStatus status, DocumentTransition transition, bool allowed) =>
        Assert.Equal(allowed, DocumentStateMachine.CanApply(status, transition));

    [Fact]
    public void Each_transition_leads_to_its_status()
    {
        Assert.Equal(DocumentStatus.Queued, DocumentStateMachine.Target(DocumentTransition.Queue));
        Assert.Equal(DocumentStatus.Parsing, DocumentStateMachine.Target(DocumentTransition.Parse));
        Assert.Equal(DocumentStatus.Embedding, DocumentStateMachine.Target(DocumentTransition.Embed));
        Assert.Equal(DocumentStatus.Indexed, DocumentStateMachine.Target(DocumentTransition.Index));
        Assert.Equal(DocumentStatus.Failed, DocumentStateMachine.Target(DocumentTransition.Fail));
    }

    [Theory]
    [InlineData(DocumentStatus.Indexed)]
    [InlineData(DocumentStatus.Failed)]
    public void Indexed_and_failed_are_final(DocumentStatus status) =>
        Assert.All(Enum.GetValues<DocumentTransition>(), t => Assert.False(DocumentStateMachine.CanApply(status, t)));

    [Fact]
    public void Apart_from_failing_nothing_moves_a_document_back_along_the_pipeline()
    {
        // DocumentStatus lists the stages in pipeline order, failed last.
        foreach (var transition in Enum.GetValues<DocumentTransition>().Where(t => t != DocumentTransition.Fail))
        {
            var target = DocumentStateMachine.Target(transition);
            Assert.All(DocumentStateMachine.AllowedFrom(transition), from => Assert.True(from <= target, $"{transition}: {from} → {target}"));
        }
    }

    [Fact]
    public void An_unknown_status_allows_nothing() =>
        Assert.All(Enum.GetValues<DocumentTransition>(), t => Assert.False(DocumentStateMachine.CanApply((DocumentStatus)99, t)));
}
