namespace RagQa.Api.Observability;

/// <summary>Counts each request into <see cref="ApiMetrics"/> after its response is complete (status and problem code final).</summary>
public static class ApiRequestMetrics
{
    /// <summary>Probes and scrapes are not API traffic; counting them would drown the real requests.</summary>
    private static readonly PathString[] Unmeasured = ["/health", "/alive", "/metrics"];

    /// <summary>Register first, so that problems written by the exception handler and status-code pages are counted.</summary>
    public static IApplicationBuilder UseApiRequestMetrics(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (Unmeasured.Any(p => context.Request.Path.StartsWithSegments(p)))
            {
                await next(context);
                return;
            }
            // Routing ran before this middleware (WebApplication adds it first); the exception handler clears the endpoint later.
            var route = RouteOf(context);
            try
            {
                await next(context);
            }
            finally
            {
                var metrics = context.RequestServices.GetRequiredService<ApiMetrics>();
                metrics.Request(route, context.Request.Method, context.Response.StatusCode,
                    context.Items.TryGetValue(ApiMetrics.ProblemCodeItem, out var code) ? code as string : null);
            }
        });

    /// <summary>The route template (bounded label values), never the raw path with its ids.</summary>
    public static string RouteOf(HttpContext context) =>
        (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { } template ? "/" + template.Trim('/') : "unmatched";
}
