using RagQa.Core;
using RagQa.Core.Ingestion;
using RagQa.Core.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRagQaCore();
builder.Services.AddMessageHandler<IngestDocument, IngestDocumentHandler>(QueueNames.Ingest);

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
