using Microsoft.Extensions.Options;
using RagQa.Core.Messaging;

namespace RagQa.Tests.Messaging;

public sealed class MessagingOptionsTests
{
    [Fact]
    public void The_defaults_are_valid() => Assert.True(Validate(new MessagingOptions()).Succeeded);

    [Theory]
    [InlineData(nameof(MessagingOptions.Prefetch), "Messaging:Prefetch")]
    [InlineData(nameof(MessagingOptions.MaxAttempts), "Messaging:MaxAttempts")]
    [InlineData(nameof(MessagingOptions.RetryBaseDelay), "Messaging:RetryBaseDelay")]
    [InlineData(nameof(MessagingOptions.RetryMaxDelay), "Messaging:RetryMaxDelay")]
    [InlineData(nameof(MessagingOptions.ConsumerConcurrency), "Messaging:ConsumerConcurrency")]
    [InlineData(nameof(MessagingOptions.QueueDepthRefreshInterval), "Messaging:QueueDepthRefreshInterval")]
    public void A_bad_setting_fails_with_a_message_naming_it(string property, string setting)
    {
        var options = new MessagingOptions();
        switch (property)
        {
            case nameof(MessagingOptions.Prefetch): options.Prefetch = 0; break;
            case nameof(MessagingOptions.MaxAttempts): options.MaxAttempts = 0; break;
            case nameof(MessagingOptions.RetryBaseDelay): options.RetryBaseDelay = TimeSpan.Zero; break;
            case nameof(MessagingOptions.RetryMaxDelay): options.RetryMaxDelay = TimeSpan.FromMilliseconds(100); break;
            case nameof(MessagingOptions.ConsumerConcurrency): options.ConsumerConcurrency = 32; break;
            case nameof(MessagingOptions.QueueDepthRefreshInterval): options.QueueDepthRefreshInterval = TimeSpan.Zero; break;
        }

        var result = Validate(options);

        Assert.True(result.Failed);
        Assert.Contains(setting + " must", result.FailureMessage);
    }

    private static ValidateOptionsResult Validate(MessagingOptions options) =>
        new DataAnnotationValidateOptions<MessagingOptions>(name: null).Validate(null, options);
}
