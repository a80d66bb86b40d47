var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();

/// <summary>Entry point, visible to the end-to-end tests.</summary>
public partial class Program;
