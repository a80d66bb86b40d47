using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using RagQa.Api.Auth;
using RagQa.Api.Model;
using RagQa.Api.OpenApi;
using RagQa.Api.Problems;
using RagQa.Core.Access;
using RagQa.Core.Audit;
using RagQa.Core.Documents;
using RagQa.Core.Guardrails;
using RagQa.Core.Ingestion;
using RagQa.Core.Ingestion.Parsing;
using RagQa.Core.Query;
using RagQa.Core.Text;

namespace RagQa.Api.Apis;

/// <summary>Endpoints for keys with the ingest role (or admin) to upload, inspect, list and delete knowledge-base documents.</summary>
public static class DocumentsApi
{
    /// <summary>Form fields read before the file part; CSV column mapping and the target collection.</summary>
    private static readonly HashSet<string> OptionFields = ["text_columns", "id_column", "metadata_columns"];
    private const int MaxFieldLength = 4096;

    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/documents").WithTags("Documents").RequireApiKeyRole(ApiRoles.Ingest);
        group.MapPost("/", Upload)
            .WithName("UploadDocument").WithSummary("Upload a document")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status408RequestTimeout, StatusCodes.Status413PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status503ServiceUnavailable)
            .WithDescription("Requires an ingest or admin key. Uploads a file (multipart field 'file'; fields 'collection', 'text_columns', 'id_column', 'metadata_columns' before it). " +
                "202 with the new document, or 200 with the existing one when the same bytes are already in the collection.")
            .Accepts<DocumentUploadForm>("multipart/form-data")
            .DisableAntiforgery();
        group.MapGet("/{id:guid}", GetDocument).WithName("GetDocument").WithSummary("Get a document's status").ProducesProblems(StatusCodes.Status404NotFound).WithDescription("Requires an ingest or admin key. A document's ingestion status, counts and progress.");
        group.MapGet("/", ListDocuments).WithName("ListDocuments").WithSummary("List documents").ProducesProblems(StatusCodes.Status400BadRequest).WithDescription("Requires an ingest or admin key. Documents, newest first, filtered by collection and status.");
        group.MapDelete("/{id:guid}", DeleteDocument).WithName("DeleteDocument").WithSummary("Delete a document").ProducesProblems(StatusCodes.Status404NotFound).WithDescription("Requires an ingest or admin key. Deletes a document with its chunks and vectors.");
        return app;
    }

    public static async Task<Results<Accepted<DocumentResponse>, Ok<DocumentResponse>, ProblemHttpResult>> Upload(
        HttpContext http, DocumentIntake intake, IAuditTrail audit, PiiRedactor redactor, IOptions<IngestionOptions> ingestion, IOptions<QueryOptions> query,
        CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return ApiProblem.Create(StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType,
                "Send the file as multipart/form-data.", "Use a multipart form with the file in the field 'file'.");
        }
        // The intake enforces Ingestion:MaxUploadBytes while streaming; Kestrel's own 30 MB default would cut uploads short.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ingestion.Value.MaxUploadBytes + 1024 * 1024;
        }
        // A client trickling its body is cut off, and a steady but endless one meets the deadline.
        if (http.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } rate)
        {
            rate.MinDataRate = new MinDataRate(ingestion.Value.MinUploadBytesPerSecond, TimeSpan.FromSeconds(10));
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(ingestion.Value.UploadTimeout);
        try
        {
            return await ReadUploadAsync(http, boundary, intake, audit, redactor, query.Value.DefaultCollection, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return ApiProblem.Create(StatusCodes.Status408RequestTimeout, ProblemCodes.UploadTimeout, "The upload took too long.",
                $"An upload must arrive within {ingestion.Value.UploadTimeout} (Ingestion:UploadTimeout); nothing was stored.");
        }
    }

    private static async Task<Results<Accepted<DocumentResponse>, Ok<DocumentResponse>, ProblemHttpResult>> ReadUploadAsync(
        HttpContext http, string boundary, DocumentIntake intake, IAuditTrail audit, PiiRedactor redactor, string defaultCollection,
        CancellationToken cancellationToken)
    {

        try
        {
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var reader = new MultipartReader(boundary, http.Request.Body) { BodyLengthLimit = null };
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (disposition.IsFileDisposition() && name == "file")
                {
                    var accepted = await AcceptFileAsync(intake, redactor, section, disposition, fields, defaultCollection, cancellationToken);
                    if (accepted.Document is { } document)
                    {
                        await audit.RecordAsync(AuditActions.DocumentUploaded, ApiKeyAuthenticator.ActorOf(http), AuditSubject.Document(document.Id),
                            new Dictionary<string, string>
                            {
                                ["collection"] = document.Collection,
                                ["content_type"] = document.ContentType,
                                ["size_bytes"] = document.SizeBytes.ToString(CultureInfo.InvariantCulture),
                                ["duplicate"] = accepted.Created ? "false" : "true",
                            }, cancellationToken: cancellationToken);
                    }
                    return accepted.Result;
                }
                if (disposition.IsFormDisposition())
                {
                    // Read up to the limit and no further: a 20 MB field is refused after MaxFieldLength characters.
                    if (await FormFieldReader.ReadAsync(section.Body, MaxFieldLength, cancellationToken) is not { } value)
                    {
                        return ApiProblem.Validation($"The form field '{name}' is longer than {MaxFieldLength} characters.");
                    }
                    fields[name] = value.Trim();
                }
            }
            return ApiProblem.Create(StatusCodes.Status400BadRequest, ProblemCodes.MissingFile, "No file was uploaded.",
                "Put the file in the multipart field 'file' (after any option fields).");
        }
        catch (IOException ex) when (ex is not Microsoft.AspNetCore.Http.BadHttpRequestException && !http.RequestAborted.IsCancellationRequested)
        {
            // The multipart reader's "unexpected end of stream": the body ended before its closing boundary (Kestrel's own
            // BadHttpRequestException, also an IOException, keeps its 400/413 from ApiExceptionHandler).
            return ApiProblem.Create(StatusCodes.Status400BadRequest, ProblemCodes.MalformedMultipart, "The multipart body is incomplete.", ex.Message);
        }
    }

    private static async Task<(Results<Accepted<DocumentResponse>, Ok<DocumentResponse>, ProblemHttpResult> Result, DocumentRecord? Document, bool Created)> AcceptFileAsync(
        DocumentIntake intake, PiiRedactor redactor, MultipartSection section, ContentDispositionHeaderValue disposition, Dictionary<string, string> fields,
        string defaultCollection, CancellationToken cancellationToken)
    {
        var filename = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "");
        if (filename.Length is 0 or > 255) filename = "upload";
        var contentType = ContentTypes.Resolve(filename, section.ContentType);
        if (contentType is null)
        {
            return (ApiProblem.Create(StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType,
                "This file type is not supported.", $"Supported: {string.Join(", ", ContentTypes.Supported)}."), null, false);
        }
        var collection = fields.GetValueOrDefault("collection") is { Length: > 0 } c ? c : defaultCollection;
        var options = fields.Where(f => OptionFields.Contains(f.Key)).ToDictionary(f => f.Key.ToLowerInvariant(), f => f.Value);

        // The type is resolved from the name as given; the stored name carries no personal data ("extrato-529.982.247-25.csv").
        var stored = redactor.Redact(filename).Text;
        var result = await intake.AcceptAsync(new IntakeRequest(collection, stored, contentType, options), section.Body, cancellationToken);
        var body = DocumentResponse.From(result.Document);
        return (result.Created ? TypedResults.Accepted(body.StatusUrl, body) : TypedResults.Ok(body), result.Document, result.Created);
    }

    public static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> GetDocument(Guid id, DocumentStore documents, CancellationToken cancellationToken) =>
        await documents.GetAsync(id, cancellationToken) is { } document
            ? TypedResults.Ok(DocumentResponse.From(document))
            : ApiProblem.NotFound("document", id);

    public static async Task<Results<Ok<DocumentPage>, ProblemHttpResult>> ListDocuments(
        DocumentStore documents, string? collection, string? status, int? page, [FromQuery(Name = "page_size")] int? pageSize, CancellationToken cancellationToken)
    {
        var (paging, problem) = PageRequest.From(page, pageSize);
        if (paging is null) return problem!;
        DocumentStatus? stage = null;
        if (status is not null)
        {
            // A status that is no stage matches no document, as a filter on an unknown collection does.
            if (!EnumText.TryParse(status, out DocumentStatus parsed)) return TypedResults.Ok(new DocumentPage([], paging.Page, paging.PageSize));
            stage = parsed;
        }
        var items = await documents.ListAsync(collection, stage, paging.Offset, paging.PageSize, cancellationToken);
        return TypedResults.Ok(new DocumentPage(items.Select(DocumentResponse.From).ToList(), paging.Page, paging.PageSize));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteDocument(
        Guid id, HttpContext http, DocumentDeletion deletion, IAuditTrail audit, CancellationToken cancellationToken)
    {
        if (!await deletion.DeleteAsync(id, cancellationToken)) return ApiProblem.NotFound("document", id);
        await audit.RecordAsync(AuditActions.DocumentDeleted, ApiKeyAuthenticator.ActorOf(http), AuditSubject.Document(id), cancellationToken: cancellationToken);
        return TypedResults.NoContent();
    }
}
