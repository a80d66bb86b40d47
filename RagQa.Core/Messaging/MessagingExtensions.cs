using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RagQa.Core.Messaging;

/// <summary>PLACEHOLDER until the messaging branch lands.</summary>
public static class MessagingExtensions
{
    public static IHostApplicationBuilder AddRagQaMessaging(this IHostApplicationBuilder builder) => throw new NotImplementedException();

    public static IServiceCollection AddMessageHandler<TMessage, THandler>(this IServiceCollection services, string queue)
        where TMessage : IMessageContract where THandler : class, IMessageHandler<TMessage> => throw new NotImplementedException();
}
