using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RagQa.Core.Text;

namespace RagQa.Core.Answering;

/// <summary>
/// Registers answering: the <c>Answers</c> options, the review statistics behind aggregate answers and, when
/// <c>Answers:Provider</c> names a model, the <see cref="IChatClient"/> and <see cref="ChatAnswerGenerator"/>.
/// With the default extractive provider no chat client exists at all.
/// </summary>
public static class AnsweringExtensions
{
    private const string ProviderKey = $"{AnswerOptions.Section}:{nameof(AnswerOptions.Provider)}";

    public static IHostApplicationBuilder AddRagQaAnswering(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AnswerOptions>()
            .CheckEnumSetting<AnswerOptions, AnswerProvider>(ProviderKey)
            .BindConfiguration(AnswerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AnswerOptions>, AnswerOptionsValidator>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ReviewStatistics>();

        if (UsesChatModel(builder.Configuration))
        {
            builder.Services.TryAddSingleton(services =>
            {
                var options = services.GetRequiredService<IOptions<AnswerOptions>>().Value;
                var loggers = services.GetRequiredService<ILoggerFactory>();
                loggers.CreateLogger(typeof(AnsweringExtensions))
                    .LogInformation("Answers from provider {Provider}, model {ModelId}", EnumText.Of(options.Provider), options.ModelId);
                return ChatClientFactory.Create(options, services.GetRequiredService<TimeProvider>(), loggers);
            });
            builder.Services.TryAddSingleton<ChatAnswerGenerator>();
        }
        return builder;
    }

    /// <summary>
    /// Whether <c>Answers:Provider</c> names a chat model, i.e. whether an <see cref="IChatClient"/> is registered. An
    /// unknown provider registers none; the options check reports it at start-up.
    /// </summary>
    public static bool UsesChatModel(IConfiguration configuration) =>
        EnumText.TryParse(configuration[ProviderKey]?.Trim(), out AnswerProvider provider) && AnswerProviders.Remote(provider) is not null;
}
