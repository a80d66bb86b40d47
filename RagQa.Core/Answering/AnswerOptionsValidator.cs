using Microsoft.Extensions.Options;
using RagQa.Core.Embeddings;
using RagQa.Core.Text;

namespace RagQa.Core.Answering;

/// <summary>
/// The cross-field rules of <see cref="AnswerOptions"/>, checked at start-up; each message names its setting. An unknown
/// <c>Answers:Provider</c> is refused before binding (<see cref="EnumSettingExtensions.CheckEnumSetting{TOptions,TEnum}"/>).
/// </summary>
internal sealed class AnswerOptionsValidator : IValidateOptions<AnswerOptions>
{
    public ValidateOptionsResult Validate(string? name, AnswerOptions options)
    {
        var failures = new List<string>();
        if (options.ComplaintMaxScore >= options.PraiseMinScore)
        {
            failures.Add($"Answers:ComplaintMaxScore ({options.ComplaintMaxScore}) must be below Answers:PraiseMinScore ({options.PraiseMinScore}).");
        }
        if (options.RetryMaxDelay < options.RetryBaseDelay)
        {
            failures.Add("Answers:RetryMaxDelay must be at least Answers:RetryBaseDelay.");
        }
        if (!string.IsNullOrWhiteSpace(options.Endpoint)
            && !(Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) && endpoint.Scheme is "http" or "https"))
        {
            failures.Add($"Answers:Endpoint must be an absolute http or https address; got '{options.Endpoint}'.");
        }
        if (AnswerProviders.Remote(options.Provider) is { } service)
        {
            var provider = EnumText.Of(options.Provider);
            if (string.IsNullOrWhiteSpace(options.ModelId))
            {
                failures.Add(service == ModelService.AzureOpenAI
                    ? "Answers:ModelId is required for provider 'azureopenai' (the deployment name)."
                    : $"Answers:ModelId is required for provider '{provider}' (the chat model name).");
            }
            // Azure OpenAI without a key authenticates with Entra ID tokens (OpenAICompatibleClient).
            if (service == ModelService.OpenAI && string.IsNullOrWhiteSpace(options.ApiKey))
            {
                failures.Add($"Answers:ApiKey is required for provider '{provider}'.");
            }
            if (service == ModelService.AzureOpenAI && string.IsNullOrWhiteSpace(options.Endpoint))
            {
                failures.Add("Answers:Endpoint is required for provider 'azureopenai' (https://NAME.openai.azure.com).");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
