using RagQa.Core;
using RagQa.Core.Ingestion;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRagQaCore();
builder.AddRagQaRedis();
builder.AddEmbedding();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
