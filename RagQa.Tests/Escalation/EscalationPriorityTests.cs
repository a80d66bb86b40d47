using RagQa.Core.Escalation;

namespace RagQa.Tests.Escalation;

public sealed class EscalationPriorityTests
{
    [Fact]
    public void Each_input_moves_the_priority_by_its_weight()
    {
        // 0.5 · (1 − 0.4) = 0.3; low confidence 0.5 · 0.2 = 0.1; no impact words.
        var unsure = EscalationPriority.Score(0.4, EscalationReason.LowConfidence, "O produto é bom?");
        Assert.Equal(0.4, unsure.Value, 4);
        Assert.Equal(EscalationPriority.Medium, unsure.Level);
        Assert.Empty(unsure.Impact);

        // + 0.3 · 1 for a legal threat.
        var legal = EscalationPriority.Score(0.4, EscalationReason.LowConfidence, "Vou abrir reclamação no Procon");
        Assert.Equal(0.7, legal.Value, 4);
        Assert.Equal(EscalationPriority.High, legal.Level);
        Assert.Equal([CustomerImpact.Legal], legal.Impact);
    }

    [Fact]
    public void Lower_confidence_means_higher_priority()
    {
        var sure = EscalationPriority.Score(0.69, EscalationReason.LowConfidence, "Chegou no prazo?");
        var unsure = EscalationPriority.Score(0.2, EscalationReason.LowConfidence, "Chegou no prazo?");

        Assert.True(unsure.Value > sure.Value);
        Assert.Equal(EscalationPriority.Low, sure.Level);
    }

    [Fact]
    public void A_person_asking_outranks_a_failed_validation_which_outranks_low_confidence()
    {
        var low = EscalationPriority.Score(0.5, EscalationReason.LowConfidence, "Chegou no prazo?").Value;
        var invalid = EscalationPriority.Score(0.5, EscalationReason.ValidationFailed, "Chegou no prazo?").Value;
        var user = EscalationPriority.Score(0.5, EscalationReason.UserRequest, "Chegou no prazo?").Value;

        Assert.True(user > invalid && invalid > low, $"{user} > {invalid} > {low}");
        Assert.Equal(0.05, invalid - low, 4);
    }

    [Fact]
    public void No_answer_yet_counts_as_no_confidence() =>
        // 0.5 · 1 + 0.2 · 1 + 0.3 · 0.7 (refund)
        Assert.Equal(0.91, EscalationPriority.Score(null, EscalationReason.UserRequest, "Quero meu reembolso").Value, 4);

    [Fact]
    public void The_heaviest_impact_counts_not_the_sum()
    {
        var both = EscalationPriority.Score(1, EscalationReason.LowConfidence, "Quero cancelar e o reembolso, senão chamo meu advogado");

        Assert.Equal(0.1 + 0.3, both.Value, 4);
        Assert.Equal([CustomerImpact.Legal, CustomerImpact.Refund, CustomerImpact.Cancellation], both.Impact);
    }

    [Fact]
    public void The_priority_stays_within_zero_and_one()
    {
        Assert.Equal(1, EscalationPriority.Score(-5, EscalationReason.UserRequest, "processo no procon por reembolso").Value);
        Assert.Equal(0.1, EscalationPriority.Score(7, EscalationReason.LowConfidence, "").Value, 4);
        Assert.Equal(0.6, EscalationPriority.Score(double.NaN, EscalationReason.LowConfidence, "").Value, 4);
    }

    [Theory]
    [InlineData(0.6, EscalationPriority.High)]
    [InlineData(0.5999, EscalationPriority.Medium)]
    [InlineData(0.4, EscalationPriority.Medium)]
    [InlineData(0.3999, EscalationPriority.Low)]
    [InlineData(0, EscalationPriority.Low)]
    public void Levels_split_at_point_six_and_point_four(double priority, string level) =>
        Assert.Equal(level, EscalationPriority.LevelOf(priority));

    [Fact]
    public void An_unknown_reason_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EscalationPriority.Score(0.5, "because", "x"));
}
