using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RagQa.ServiceDefaults.Forwarding;

namespace RagQa.Tests.ServiceDefaults;

/// <summary>
/// The client address the per-IP rate limit sees (<c>Connection.RemoteIpAddress</c> after the forwarded-headers
/// middleware) changes only when a trusted proxy sends X-Forwarded-For (issue #20 item 6, issue #19 item 6).
/// </summary>
public sealed class TrustedForwardersTests
{
    private const string Caller = "203.0.113.9";
    private const string Spoofed = "198.51.100.23";
    private const string IngressController = "10.244.1.7";

    [Fact]
    public async Task WithNothingConfiguredNobodyIsTrusted()
    {
        Assert.Equal(IngressController, await ClientAddressSeenAsync(Options([]), IngressController));
    }

    [Fact]
    public async Task ASpoofedHeaderFromAnUntrustedPeerIsIgnored()
    {
        Assert.Equal(Caller, await ClientAddressSeenAsync(Options(new() { ["ForwardedHeaders:KnownNetworks:0"] = "10.244.0.0/16" }), Caller));
    }

    [Fact]
    public async Task TheIngressControllersHeaderIsBelieved()
    {
        var options = Options(new() { ["ForwardedHeaders:KnownNetworks:0"] = "10.244.0.0/16" });

        Assert.Equal(Spoofed, await ClientAddressSeenAsync(options, IngressController));
        Assert.Equal(Spoofed, await ClientAddressSeenAsync(Options(new() { ["ForwardedHeaders:KnownProxies:0"] = IngressController }), IngressController));
    }

    [Fact]
    public async Task TheBlanketSwitchNoLongerTrustsEveryone()
    {
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED empties the trust lists, which the middleware reads as "trust any peer".
        Assert.Equal(Spoofed, await ClientAddressSeenAsync(AppOptions(trusted: false), Caller));

        Assert.Equal(Caller, await ClientAddressSeenAsync(AppOptions(trusted: true), Caller));
    }

    private static ForwardedHeadersOptions Options(Dictionary<string, string?> settings)
    {
        var options = new ForwardedHeadersOptions();
        TrustedForwarders.Configure(options, new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(TrustedForwarders.Section));
        return options;
    }

    private static ForwardedHeadersOptions AppOptions(bool trusted)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["FORWARDEDHEADERS_ENABLED"] = "true";
        if (trusted)
        {
            builder.AddTrustedForwarders();
        }
        using var services = builder.Services.BuildServiceProvider();
        return services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
    }

    private static async Task<string?> ClientAddressSeenAsync(ForwardedHeadersOptions options, string peer)
    {
        string? seen = null;
        var middleware = new ForwardedHeadersMiddleware(
            context =>
            {
                seen = context.Connection.RemoteIpAddress?.ToString();
                return Task.CompletedTask;
            },
            NullLoggerFactory.Instance,
            Microsoft.Extensions.Options.Options.Create(options));
        var request = new DefaultHttpContext();
        request.Connection.RemoteIpAddress = IPAddress.Parse(peer);
        request.Request.Headers["X-Forwarded-For"] = Spoofed;

        await middleware.Invoke(request);

        return seen;
    }
}
