using RagQa.Core;
using RagQa.Core.Query;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRagQaCore();
builder.AddRagQaRedis();
builder.AddQueryPipeline();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
