using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aspire.Hosting.Testing;
using RagQa.Benchmarks.ApiClient;
using RagQa.Tests.EndToEnd;

namespace RagQa.Tests.Monitoring;

/// <summary>
/// Operations visibility of the running application: one trace per query across the queue, metrics that move
/// with a known sequence of requests, and every dashboard and alert expression answered by the local Prometheus.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class MonitoringEndToEndTests(AppHostFixture fixture)
{
    /// <summary>The query pipeline's spans in the worker, each a descendant of the api's query_request.</summary>
    private static readonly string[] WorkerSpans = ["process_query", "embed_query", "vector_search", "llm_generate", "validate_output"];

    private static readonly TimeSpan ScrapeWait = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_query_is_one_trace_from_the_api_through_the_queue_into_the_worker()
    {
        await fixture.WaitForSeedIndexedAsync();
        var traceId = ActivityTraceId.CreateRandom();
        var question = UniqueQuestion("A embalagem do produto chegou amassada?");

        // The caller's own trace context: ASP.NET Core continues it, so the test knows which trace to look for.
        var answer = (await QueryCalls.AskAsync(fixture.Api, question,
            request => request.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01"))).Query;
        Assert.Equal(QueryStatus.Answered, answer.Status);
        Assert.False(answer.Cache_hit);

        var trace = await fixture.Traces.WaitForTraceAsync(traceId.ToHexString(),
            spans => spans.Any(s => s.Name == "query_request") && WorkerSpans.All(name => spans.Any(s => s.Name == name)), TimeSpan.FromSeconds(30));

        var names = trace.Select(s => s.Name).ToList();
        var root = Assert.Single(trace, s => s.Name == "query_request");
        Assert.Equal("api", root.Service);
        Assert.Equal(answer.Query_id.ToString(), root.Attributes["ragqa.query_id"]);
        var byId = trace.ToDictionary(s => s.SpanId);
        foreach (var name in WorkerSpans)
        {
            // The question's English gloss is embedded beside it in a span of its own (ragqa.gloss=true).
            var span = Assert.Single(trace, s => s.Name == name && s.Service == "queryworker"
                && !(s.Attributes.TryGetValue("ragqa.gloss", out var gloss) && string.Equals(gloss, "true", StringComparison.OrdinalIgnoreCase)));
            var ancestors = Ancestors(span, byId).ToList();
            // query_request → publish query (api) → process query (queryworker, from the message headers) → process_query → …
            Assert.True(ancestors.Contains(root), $"{name} is not under query_request; trace: {string.Join(", ", names)}");
            var consumer = Assert.Single(ancestors, s => s.Name == "process query");
            Assert.Equal("queryworker", consumer.Service);
            Assert.Equal("publish query", byId[consumer.ParentSpanId].Name);
            Assert.Equal("api", byId[consumer.ParentSpanId].Service);
        }
        var retrieval = Assert.Single(trace, s => s.Name == "vector_search");
        Assert.Equal("olist_reviews", retrieval.Attributes["ragqa.collection"]);
        Assert.Equal("5", retrieval.Attributes["ragqa.top_k"]);
        var processed = Assert.Single(trace, s => s.Name == "process_query");
        Assert.Equal("false", processed.Attributes["ragqa.cache_hit"]);
        Assert.InRange(double.Parse(processed.Attributes["ragqa.confidence"], System.Globalization.CultureInfo.InvariantCulture), 0, 1);
        // No PII and no question text in telemetry: the question's unique marker appears in no attribute.
        var marker = question.Split(' ')[^1];
        Assert.DoesNotContain(trace.SelectMany(s => s.Attributes.Values), value => value.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_upload_is_one_trace_from_the_api_through_the_ingest_and_embed_workers()
    {
        // Behind the seed's batches the upload would wait in the embed queue for minutes.
        await fixture.WaitForSeedIndexedAsync();
        var traceId = ActivityTraceId.CreateRandom();
        var documents = new DocumentsClient(fixture.Api, fixture.AdminApiKey);
        var text = $"Política de devolução {Guid.NewGuid():N}\n\nO reembolso é feito em até dez dias úteis.";

        var upload = await documents.UploadAsync(new DocumentUpload(new MemoryStream(Encoding.UTF8.GetBytes(text)), "devolucao.txt") { Collection = "support_articles" },
            prepare: request => request.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01"));
        Assert.Equal((int)HttpStatusCode.Accepted, upload.StatusCode);
        var documentId = upload.Result.Document_id.ToString();
        Assert.Equal(DocumentStatus.Indexed, (await documents.WaitUntilSettledAsync(upload.Result.Document_id, TimeSpan.FromMinutes(2))).Status);

        var trace = await fixture.Traces.WaitForTraceAsync(traceId.ToHexString(),
            // Each worker exports on its own schedule, and ingest_document ends only after its batches are published.
            spans => new[] { "accept_document", "ingest_document", "embed_batch" }.All(name => spans.Any(s => s.Name == name)), TimeSpan.FromSeconds(30));

        var byId = trace.ToDictionary(s => s.SpanId);
        var accepted = Assert.Single(trace, s => s.Name == "accept_document" && s.Service == "api");
        var ingested = Assert.Single(trace, s => s.Name == "ingest_document" && s.Service == "ingestworker");
        var embedded = Assert.Single(trace, s => s.Name == "embed_batch" && s.Service == "embedworker");
        Assert.Contains(accepted, Ancestors(ingested, byId));
        Assert.Contains(ingested, Ancestors(embedded, byId));
        Assert.Equal(documentId, embedded.Attributes["ragqa.document_id"]);
        Assert.Equal("support_articles", ingested.Attributes["ragqa.collection"]);
        Assert.True(int.Parse(ingested.Attributes["ragqa.chunk_count"], System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    [Fact]
    public async Task Metrics_count_answers_cache_hits_and_errors_of_a_known_sequence_of_requests()
    {
        await fixture.WaitForSeedIndexedAsync();
        // A question about the reviews in words the second reader reads so whatever the marker appended (it reads the bare
        // "O prazo de entrega foi cumprido pela loja? ref…" as out of scope at 0.94–0.96).
        var question = UniqueQuestion("Alguma avaliação diz que o prazo de entrega foi cumprido pela loja?");
        var apiBefore = await ScrapeAsync("api");
        var workerBefore = await ScrapeAsync("queryworker");

        var first = await QueryCalls.AskAsync(fixture.Api, question);
        var again = await QueryCalls.AskAsync(fixture.Api, question);
        Assert.Equal(QueryStatus.Answered, first.Query.Status);
        Assert.True(again.Query.Cache_hit);
        // 200 when the worker answered within Query:SyncTimeout, else 202 (then polled): the api counts what it sent.
        var posted = new[] { first.PostStatus, again.PostStatus };
        await AskBlankAndUnknownAsync();

        (string Service, string Metric, (string, string)[] Labels, double Delta)[] expected =
        [
            ("api", "ragqa_api_requests_total", [("route", "/query"), ("method", "POST"), ("status_code", "200")], posted.Count(s => s == HttpStatusCode.OK)),
            ("api", "ragqa_api_requests_total", [("route", "/query"), ("method", "POST"), ("status_code", "202")], posted.Count(s => s == HttpStatusCode.Accepted)),
            ("api", "ragqa_api_requests_total", [("route", "/query"), ("method", "POST"), ("status_code", "400")], 1),
            ("api", "ragqa_api_errors_total", [("route", "/query"), ("status_code", "400"), ("code", "validation_failed")], 1),
            ("api", "ragqa_api_errors_total", [("route", "/query/{id:guid}"), ("status_code", "404"), ("code", "not_found")], 1),
            // The repeat is answered by the api (an exact repeat) or, when the first answer went to a human, by the worker.
            ("api+queryworker", "ragqa_cache_hits_total", [], 1),
            ("queryworker", "ragqa_cache_misses_total", [], 1),
            ("queryworker", "ragqa_query_duration_seconds_count", [("cache_hit", "false"), ("outcome", "answered")], 1),
            ("api+queryworker", "ragqa_query_duration_seconds_count", [("cache_hit", "true"), ("outcome", "answered")], 1),
            ("api+queryworker", "ragqa_query_confidence_count", [], 2),
            // The extractive answerer uses no model: its tokens and cost are counted, as zero.
            ("queryworker", "ragqa_llm_tokens_total", [("mode", "extractive")], 0),
            ("queryworker", "ragqa_llm_estimated_cost_total", [("mode", "extractive")], 0),
        ];
        var before = new Dictionary<string, PrometheusExposition> { ["api"] = apiBefore, ["queryworker"] = workerBefore };
        // The api counts a request once its response is complete, just after the client has it.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        List<string> wrong;
        do
        {
            var after = new Dictionary<string, PrometheusExposition> { ["api"] = await ScrapeAsync("api"), ["queryworker"] = await ScrapeAsync("queryworker") };
            // "a+b": the sum over both services.
            double Delta((string Service, string Metric, (string, string)[] Labels, double) e) =>
                e.Service.Split('+').Sum(service => after[service].Sum(e.Metric, e.Labels) - before[service].Sum(e.Metric, e.Labels));
            bool Has((string Service, string Metric, (string, string)[], double) e) => e.Service.Split('+').Any(service => after[service].Has(e.Metric));
            wrong = expected
                .Where(e => !Has(e) || Delta(e) != e.Delta)
                .Select(e => $"{e.Service} {e.Metric}{{{string.Join(",", e.Labels)}}}: expected +{e.Delta}, got " + (Has(e) ? $"+{Delta(e)}" : "no series"))
                .ToList();
            if (wrong.Count > 0) await Task.Delay(500);
        }
        while (wrong.Count > 0 && DateTime.UtcNow < deadline);

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Every_dashboard_and_alert_expression_has_data_in_the_running_Prometheus()
    {
        await fixture.WaitForSeedIndexedAsync();
        await DriveTrafficAsync();
        var expressions = MonitoringFiles.DashboardExpressions()
            .Concat(MonitoringFiles.Alerts().Select(a => ($"alerts.yml: {a.Name}", PromQl.Measurement(a.Expression))))
            .ToList();
        Assert.NotEmpty(MonitoringFiles.DashboardExpressions());
        var metricNames = expressions.SelectMany(e => PromQl.MetricNames(e.Item2)).ToHashSet();
        using var prometheus = new HttpClient { BaseAddress = fixture.Prometheus };

        // Rates need two scrapes after the traffic (5 s apart); retry the empty ones until then.
        var deadline = DateTime.UtcNow + ScrapeWait;
        Dictionary<string, string> failures;
        do
        {
            failures = [];
            foreach (var name in metricNames)
            {
                if (await QueryAsync(prometheus, $"group({{__name__=\"{name}\"}})") is { } problem) failures[$"metric {name}"] = problem;
            }
            foreach (var (source, expression) in expressions)
            {
                if (await QueryAsync(prometheus, expression) is { } problem) failures[$"{source}: {expression}"] = problem;
            }
            if (failures.Count > 0) await Task.Delay(TimeSpan.FromSeconds(5));
        }
        while (failures.Count > 0 && DateTime.UtcNow < deadline);

        Assert.True(failures.Count == 0,
            $"{failures.Count} of {expressions.Count} expressions / {metricNames.Count} metrics failed:\n"
            + string.Join("\n", failures.Select(f => $"{f.Key} → {f.Value}")));
    }

    /// <summary>
    /// Answered and cached queries, a rejected and an unknown one, an escalation taken from open to resolved (the
    /// escalation endpoints of the REST contract), and a document through ingest and embed.
    /// </summary>
    private async Task DriveTrafficAsync()
    {
        var question = UniqueQuestion("A cor do produto era igual à da foto?");
        var asked = new List<QueryOutcome>();
        for (var i = 0; i < 2; i++)
        {
            var outcome = await QueryCalls.AskAsync(fixture.Api, question);
            Assert.Equal(QueryStatus.Answered, outcome.Query.Status);
            asked.Add(outcome);
        }
        await EscalateAndResolveAsync(asked[0]);
        await AskBlankAndUnknownAsync();

        var documents = new DocumentsClient(fixture.Api, fixture.AdminApiKey);
        var text = $"Guia de trocas {Guid.NewGuid():N}\n\nO cliente pode pedir a troca em até sete dias depois da entrega.";
        var upload = await documents.UploadAsync(new DocumentUpload(new MemoryStream(Encoding.UTF8.GetBytes(text)), "trocas.txt") { Collection = "support_articles" });
        Assert.Equal((int)HttpStatusCode.Accepted, upload.StatusCode);
        var document = await documents.WaitUntilSettledAsync(upload.Result.Document_id, TimeSpan.FromMinutes(2));
        Assert.Equal(DocumentStatus.Indexed, document.Status);
    }

    /// <summary>Two refusals the metrics must count: a blank question (400 validation_failed) and an unknown query id (404 not_found).</summary>
    private async Task AskBlankAndUnknownAsync()
    {
        var api = new RagQaApiClient(fixture.Api);
        await ProblemAssert.ThrowsAsync(() => api.AskQuestionAsync(new QueryRequest { Question = "" }), HttpStatusCode.BadRequest, "validation_failed");
        await ProblemAssert.ThrowsAsync(() => api.GetQueryAsync(Guid.NewGuid()), HttpStatusCode.NotFound, "not_found");
    }

    private async Task EscalateAndResolveAsync(QueryOutcome asked)
    {
        // As its anonymous asker (with the access token), then as an agent.
        var escalated = await new RagQaApiClient(fixture.Api) { QueryToken = asked.AccessToken }.EscalateQueryAsync(asked.Query.Query_id);
        Assert.True(escalated.StatusCode == (int)HttpStatusCode.Created,
            $"POST /query/{{id}}/escalate answered {escalated.StatusCode}: the escalation endpoints feed ragqa_escalations_*");
        var agent = new RagQaApiClient(fixture.Api) { ApiKey = fixture.AdminApiKey };
        await agent.AssignEscalationAsync(escalated.Result.Escalation_id, new AssignRequest { Assignee = "agente-1" });
        await agent.ResolveEscalationAsync(escalated.Result.Escalation_id, new ResolveRequest { Resolution = "Trocamos o produto." });
    }

    /// <summary>Null when the instant query succeeds with at least one series, else what went wrong.</summary>
    private static async Task<string?> QueryAsync(HttpClient prometheus, string expression)
    {
        using var response = await prometheus.GetAsync("/api/v1/query?query=" + Uri.EscapeDataString(expression));
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        if (json.RootElement.GetProperty("status").GetString() != "success") return "error: " + json.RootElement.GetProperty("error").GetString();
        var result = json.RootElement.GetProperty("data").GetProperty("result");
        return result.ValueKind == JsonValueKind.Array && result.GetArrayLength() == 0 ? "empty result" : null;
    }

    private async Task<PrometheusExposition> ScrapeAsync(string service)
    {
        using var client = fixture.App.CreateHttpClient(service, "http");
        return new PrometheusExposition(await client.GetStringAsync("/metrics"));
    }

    /// <summary>
    /// A specific question (retrieved, not counted) with a marker no other test asks; each test asks about its own
    /// subject, since the semantic cache matches near-identical questions and the marker alone barely moves an embedding.
    /// </summary>
    private static string UniqueQuestion(string subject) => $"{subject} ref{Guid.NewGuid():N}";

    private static IEnumerable<ReceivedSpan> Ancestors(ReceivedSpan span, IReadOnlyDictionary<string, ReceivedSpan> byId)
    {
        var current = span;
        while (byId.TryGetValue(current.ParentSpanId, out var parent))
        {
            yield return parent;
            current = parent;
        }
    }
}
