using RagQa.Api;
using RagQa.Api.Agent;
using RagQa.Api.Apis;
using RagQa.Api.Observability;
using RagQa.ServiceDefaults.Forwarding;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddTrustedForwarders();
builder.AddApplicationServices();

var app = builder.Build();
// First: everything after it (metrics, the per-IP rate limit) sees the client address the trusted ingress reported.
app.UseTrustedForwarders();
app.UseApiRequestMetrics();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi();
app.MapScalarApiReference();
app.MapDefaultEndpoints();
app.MapQueryApi();
app.MapSearchApi();
app.MapCollectionsApi();
app.MapDocumentsApi();
app.MapEscalationsApi();
app.MapAgentPage();
app.MapApiKeysApi();
app.MapAuditApi();
app.Run();

/// <summary>Entry point, visible to the end-to-end tests.</summary>
public partial class Program;
