using Microsoft.Extensions.Options;
using RagQa.Core.Text;

namespace RagQa.Core.Embeddings;

/// <summary>
/// The cross-field rules of <see cref="EmbeddingOptions"/>, checked at start-up; each message names its setting. An unknown
/// <c>Embeddings:Provider</c> is refused before binding (<see cref="EnumSettingExtensions.CheckEnumSetting{TOptions,TEnum}"/>).
/// </summary>
internal sealed class EmbeddingOptionsValidator : IValidateOptions<EmbeddingOptions>
{
    public ValidateOptionsResult Validate(string? name, EmbeddingOptions options)
    {
        var failures = new List<string>();
        if (options.Provider == EmbeddingProvider.MiniLm
            && options.Dimensions is { } miniLmDimensions && miniLmDimensions != MiniLmEmbeddingGenerator.Dimensions)
        {
            failures.Add($"Embeddings:Dimensions must be {MiniLmEmbeddingGenerator.Dimensions} or unset for provider 'minilm'; got {miniLmDimensions}.");
        }
        if (options.Provider == EmbeddingProvider.Onnx)
        {
            if (string.IsNullOrWhiteSpace(options.ModelPath))
            {
                failures.Add("Embeddings:ModelPath is required for provider 'onnx' (a sentence-transformer folder or an .onnx file).");
            }
            else if (!Directory.Exists(options.ModelPath) && !File.Exists(options.ModelPath))
            {
                failures.Add($"Embeddings:ModelPath '{options.ModelPath}' does not exist.");
            }
        }
        if (!string.IsNullOrWhiteSpace(options.Endpoint)
            && !(Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) && endpoint.Scheme is "http" or "https"))
        {
            failures.Add($"Embeddings:Endpoint must be an absolute http or https address; got '{options.Endpoint}'.");
        }
        if (EmbeddingProviders.Remote(options.Provider) is { } service)
        {
            ValidateRemote(service, EnumText.Of(options.Provider), options, failures);
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateRemote(ModelService service, string provider, EmbeddingOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.ModelId))
        {
            failures.Add(service == ModelService.AzureOpenAI
                ? "Embeddings:ModelId is required for provider 'azureopenai' (the deployment name)."
                : $"Embeddings:ModelId is required for provider '{provider}' (the embedding model name).");
        }
        if (options.Dimensions is null)
        {
            failures.Add($"Embeddings:Dimensions is required for provider '{provider}': the vector space is sized before the first call.");
        }
        // Azure OpenAI without a key authenticates with Entra ID tokens (OpenAICompatibleClient).
        if (service == ModelService.OpenAI && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"Embeddings:ApiKey is required for provider '{provider}'.");
        }
        if (service == ModelService.AzureOpenAI && string.IsNullOrWhiteSpace(options.Endpoint))
        {
            failures.Add("Embeddings:Endpoint is required for provider 'azureopenai' (https://NAME.openai.azure.com).");
        }
    }
}
