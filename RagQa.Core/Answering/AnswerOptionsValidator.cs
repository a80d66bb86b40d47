using Microsoft.Extensions.Options;

namespace RagQa.Core.Answering;

/// <summary>The cross-field rules of <see cref="AnswerOptions"/>, checked at start-up; each message names its setting.</summary>
internal sealed class AnswerOptionsValidator : IValidateOptions<AnswerOptions>
{
    public ValidateOptionsResult Validate(string? name, AnswerOptions options)
    {
        var provider = options.Provider?.Trim() ?? "";
        if (!AnswerProviders.All.Contains(provider, StringComparer.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail($"Answers:Provider must be one of {string.Join(", ", AnswerProviders.All)}; got '{options.Provider}'.");
        }

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
        if (AnswerProviders.IsModel(provider))
        {
            var lower = provider.ToLowerInvariant();
            if (string.IsNullOrWhiteSpace(options.ModelId))
            {
                failures.Add(lower == AnswerProviders.AzureOpenAI
                    ? "Answers:ModelId is required for provider 'azureopenai' (the deployment name)."
                    : $"Answers:ModelId is required for provider '{lower}' (the chat model name).");
            }
            if (lower != AnswerProviders.Ollama && string.IsNullOrWhiteSpace(options.ApiKey))
            {
                failures.Add($"Answers:ApiKey is required for provider '{lower}'.");
            }
            if (lower == AnswerProviders.AzureOpenAI && string.IsNullOrWhiteSpace(options.Endpoint))
            {
                failures.Add("Answers:Endpoint is required for provider 'azureopenai' (https://NAME.openai.azure.com).");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
