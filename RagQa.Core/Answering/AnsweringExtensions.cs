using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RagQa.Core.Answering;

/// <summary>
/// Registers answering: the <c>Answers</c> options, the review statistics behind aggregate answers and, when
/// <c>Answers:Provider</c> names a model, the <see cref="IChatClient"/> and <see cref="ChatAnswerGenerator"/>.
/// With the default extractive provider no chat client exists at all.
/// </summary>
public static class AnsweringExtensions
{
    public static IHostApplicationBuilder AddRagQaAnswering(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AnswerOptions>().BindConfiguration(AnswerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AnswerOptions>, AnswerOptionsValidator>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ReviewStatistics>();

        if (AnswerProviders.IsModel(builder.Configuration[$"{AnswerOptions.Section}:{nameof(AnswerOptions.Provider)}"]))
        {
            builder.Services.TryAddSingleton(services =>
            {
                var options = services.GetRequiredService<IOptions<AnswerOptions>>().Value;
                var loggers = services.GetRequiredService<ILoggerFactory>();
                loggers.CreateLogger(typeof(AnsweringExtensions))
                    .LogInformation("Answers from provider {Provider}, model {ModelId}", options.Provider, options.ModelId);
                return ChatClientFactory.Create(options, services.GetRequiredService<TimeProvider>(), loggers);
            });
            builder.Services.TryAddSingleton<ChatAnswerGenerator>();
        }
        return builder;
    }
}
