using RagQa.Api;
using RagQa.Api.Agent;
using RagQa.Api.Apis;
using RagQa.Api.Observability;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
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
