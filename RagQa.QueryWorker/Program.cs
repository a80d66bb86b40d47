using RagQa.Core;
using RagQa.Core.Query;
using RagQa.Core.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRagQaCore();
builder.Services.AddMessageHandler<ProcessQuery, ProcessQueryHandler>(QueueNames.Query);

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
