using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RagQa.Core.Escalation;

namespace RagQa.Tests.Escalation;

public sealed class EscalationTriggerTests
{
    [Theory]
    [InlineData(0.69, 1.0, EscalationReason.LowConfidence)]
    [InlineData(0.0, 1.0, EscalationReason.LowConfidence)]
    [InlineData(0.7, 1.0, null)]
    [InlineData(0.95, null, null)]
    [InlineData(0.3, null, EscalationReason.LowConfidence)]
    [InlineData(0.95, 0.75, EscalationReason.ValidationFailed)]
    [InlineData(0.2, 0.5, EscalationReason.ValidationFailed)]
    public void Unsupported_sentences_or_confidence_under_the_threshold_go_to_a_human(double confidence, double? coverage, string? reason) =>
        Assert.Equal(reason, EscalationTrigger.ReasonFor(confidence, coverage, threshold: 0.7));

    [Fact]
    public void A_zero_threshold_escalates_only_failed_validation()
    {
        Assert.Null(EscalationTrigger.ReasonFor(0, 1, threshold: 0));
        Assert.Equal(EscalationReason.ValidationFailed, EscalationTrigger.ReasonFor(0, 0.9, threshold: 0));
    }

    [Fact]
    public void The_threshold_defaults_to_point_seven_and_binds_from_the_escalation_section()
    {
        Assert.Equal(0.5, Bind().ConfidenceThreshold);
        Assert.Equal(0.55, Bind(("Escalation:ConfidenceThreshold", "0.55")).ConfidenceThreshold);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public void A_threshold_outside_zero_and_one_fails_at_start_up_naming_the_setting(string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(("Escalation:ConfidenceThreshold", value)));
        Assert.Contains("Escalation:ConfidenceThreshold", error.Message);
    }

    private static EscalationOptions Bind(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.AddRagQaEscalation();
        using var host = builder.Build();
        return host.Services.GetRequiredService<IOptions<EscalationOptions>>().Value;
    }
}
