using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RagQa.ServiceDefaults.Forwarding;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies configured in
/// <c>ForwardedHeaders:KnownNetworks</c> (CIDR) and <c>ForwardedHeaders:KnownProxies</c> (addresses): in Kubernetes the
/// ingress controller's network. With neither configured nobody is trusted and the headers are ignored — the
/// framework's own default (and <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c>) would trust every peer once the lists are
/// empty, letting a caller choose the client address the per-IP rate limit sees.
/// </summary>
public static class TrustedForwarders
{
    public const string Section = "ForwardedHeaders";

    public static TBuilder AddTrustedForwarders<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        // After the framework's setup (which ASPNETCORE_FORWARDEDHEADERS_ENABLED makes trust everyone): this one wins.
        builder.Services.PostConfigure<ForwardedHeadersOptions>(options => Configure(options, builder.Configuration.GetSection(Section)));
        return builder;
    }

    public static IApplicationBuilder UseTrustedForwarders(this IApplicationBuilder app) => app.UseForwardedHeaders();

    public static void Configure(ForwardedHeadersOptions options, IConfiguration section)
    {
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }
        options.ForwardedHeaders = networks.Length + proxies.Length == 0
            ? ForwardedHeaders.None
            : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    }
}
