using Microsoft.Extensions.FileProviders;

namespace RagQa.Api.Agent;

/// <summary>
/// The support agents' page at /agent/: plain HTML, CSS and JS embedded in the assembly (no build step, no CDN, the same
/// files in every environment and container). It calls the escalation API with the agent key (role agent) the agent types once.
/// A strict Content-Security-Policy (own origin only, no inline script) backs up the page's rule of never inserting
/// data as HTML: reviews and questions are user content.
/// </summary>
public static class AgentPage
{
    public const string Path = "/agent";

    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static WebApplication MapAgentPage(this WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(AgentPage).Assembly, "RagQa.Api.Agent.Page");
        // Relative links in the page need the trailing slash. Not an endpoint: routing ignores trailing slashes, so one
        // mapped at /agent would also take /agent/ away from the static files.
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.Value == Path) context.Response.Redirect(Path + "/");
            else await next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { RequestPath = Path, FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = Path,
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.CacheControl = "no-cache";
            },
        });
        return app;
    }
}
