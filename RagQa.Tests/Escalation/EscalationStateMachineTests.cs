using RagQa.Core.Escalation;

namespace RagQa.Tests.Escalation;

public sealed class EscalationStateMachineTests
{
    [Theory]
    [InlineData(EscalationStatus.Open, EscalationAction.Assign, true)]
    [InlineData(EscalationStatus.Assigned, EscalationAction.Assign, true)]
    [InlineData(EscalationStatus.Resolved, EscalationAction.Assign, false)]
    [InlineData(EscalationStatus.Open, EscalationAction.Resolve, false)]
    [InlineData(EscalationStatus.Assigned, EscalationAction.Resolve, true)]
    [InlineData(EscalationStatus.Resolved, EscalationAction.Resolve, false)]
    public void Open_then_assigned_then_resolved_with_handover_while_assigned(EscalationStatus status, EscalationAction action, bool allowed) =>
        Assert.Equal(allowed, EscalationStateMachine.AllowedFrom(action).Contains(status));

    [Fact]
    public void Each_action_leads_to_its_status()
    {
        Assert.Equal(EscalationStatus.Assigned, EscalationStateMachine.Target(EscalationAction.Assign));
        Assert.Equal(EscalationStatus.Resolved, EscalationStateMachine.Target(EscalationAction.Resolve));
    }

    [Fact]
    public void Resolved_is_final()
    {
        foreach (var action in Enum.GetValues<EscalationAction>())
        {
            Assert.DoesNotContain(EscalationStatus.Resolved, EscalationStateMachine.AllowedFrom(action));
        }
    }

    [Fact]
    public void An_unknown_status_allows_nothing() =>
        Assert.All(Enum.GetValues<EscalationAction>(), a => Assert.DoesNotContain((EscalationStatus)99, EscalationStateMachine.AllowedFrom(a)));
}
