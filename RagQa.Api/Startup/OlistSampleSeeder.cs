using Microsoft.Extensions.Options;
using RagQa.Core.Data;
using RagQa.Core.Ingestion;
using RagQa.Core.Text;

namespace RagQa.Api.Startup;

/// <summary>
/// On start, sends the bundled Olist sample through the normal upload path (stored, queued, chunked,
/// embedded by the workers). Upload is idempotent on content, so later starts find the document and do nothing,
/// and a failed attempt can be retried (<see cref="SeedRetry"/>) without duplicating it.
/// </summary>
public sealed class OlistSampleSeeder(
    IOptions<SeedOptions> options,
    DatabaseReadiness readiness,
    DocumentIntake intake,
    TimeProvider time,
    ILogger<OlistSampleSeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seed = options.Value;
        if (!seed.Enabled || string.IsNullOrWhiteSpace(seed.OlistSamplePath)) return;
        if (!File.Exists(seed.OlistSamplePath))
        {
            logger.LogWarning("Seed file {SeedPath} does not exist; nothing seeded", seed.OlistSamplePath);
            return;
        }
        await readiness.WaitAsync(stoppingToken);
        await SeedRetry.Create(time, logger).ExecuteAsync(token => new ValueTask(SeedAsync(seed, token)), stoppingToken);
    }

    private async Task SeedAsync(SeedOptions seed, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(seed.OlistSamplePath!);
        var request = new IntakeRequest(seed.Collection, Path.GetFileName(seed.OlistSamplePath!), "text/csv", new Dictionary<string, string>());
        var result = await intake.AcceptAsync(request, file, cancellationToken);
        logger.LogInformation("Seed document {DocumentId} is {Status} ({Outcome})",
            result.Document.Id, EnumText.Of(result.Document.Status), result.Created ? "queued now" : "already present");
    }
}
