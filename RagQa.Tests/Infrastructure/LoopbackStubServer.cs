using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RagQa.Tests.Infrastructure;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (free port) that hands every POST to one handler: the base of the stubs
/// that stand in for paid HTTP APIs (OpenAI-compatible embeddings and chat), so client wiring is proved over the wire.
/// </summary>
public sealed class LoopbackStubServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackStubServer(WebApplication app, string baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>http://127.0.0.1:PORT, without a trailing slash.</summary>
    public string BaseAddress { get; }

    public static async Task<LoopbackStubServer> StartAsync(Func<HttpRequest, Task<IResult>> handlePost)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("{**path}", handlePost);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LoopbackStubServer(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
