using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using RagQa.Api.Auth;
using RagQa.Api.Model;
using RagQa.Api.Problems;
using RagQa.Core.Documents;
using RagQa.Core.Ingestion;
using RagQa.Core.Ingestion.Parsing;
using RagQa.Core.Query;

namespace RagQa.Api.Apis;

/// <summary>Admin endpoints to upload, inspect, list and delete knowledge-base documents.</summary>
public static class DocumentsApi
{
    /// <summary>Form fields read before the file part; CSV column mapping and the target collection.</summary>
    private static readonly HashSet<string> OptionFields = ["text_columns", "id_column", "metadata_columns"];
    private const int MaxFieldLength = 4096;

    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/documents").WithTags("Documents").AddEndpointFilter<AdminApiKeyFilter>();
        group.MapPost("/", Upload)
            .WithSummary("Uploads a file (multipart field 'file'; fields 'collection', 'text_columns', 'id_column', 'metadata_columns' before it). " +
                "202 with the new document, or 200 with the existing one when the same bytes are already in the collection.")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery();
        group.MapGet("/{id:guid}", GetDocument).WithSummary("A document's ingestion status, counts and progress.");
        group.MapGet("/", ListDocuments).WithSummary("Documents, newest first, filtered by collection and status.");
        group.MapDelete("/{id:guid}", DeleteDocument).WithSummary("Deletes a document with its chunks and vectors.");
        return app;
    }

    public static async Task<Results<Accepted<DocumentResponse>, Ok<DocumentResponse>, ProblemHttpResult>> Upload(
        HttpContext http, DocumentIntake intake, IOptions<IngestionOptions> ingestion, IOptions<QueryOptions> query, CancellationToken cancellationToken)
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

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var reader = new MultipartReader(boundary, http.Request.Body) { BodyLengthLimit = null };
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (disposition.IsFileDisposition() && name == "file")
            {
                return await AcceptFileAsync(intake, section, disposition, fields, query.Value.DefaultCollection, cancellationToken);
            }
            if (disposition.IsFormDisposition())
            {
                var value = await new StreamReader(section.Body).ReadToEndAsync(cancellationToken);
                if (value.Length > MaxFieldLength) return ApiProblem.Validation($"The form field '{name}' is longer than {MaxFieldLength} characters.");
                fields[name] = value.Trim();
            }
        }
        return ApiProblem.Create(StatusCodes.Status400BadRequest, ProblemCodes.MissingFile, "No file was uploaded.",
            "Put the file in the multipart field 'file' (after any option fields).");
    }

    private static async Task<Results<Accepted<DocumentResponse>, Ok<DocumentResponse>, ProblemHttpResult>> AcceptFileAsync(
        DocumentIntake intake, MultipartSection section, ContentDispositionHeaderValue disposition, Dictionary<string, string> fields,
        string defaultCollection, CancellationToken cancellationToken)
    {
        var filename = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "");
        if (filename.Length is 0 or > 255) filename = "upload";
        var contentType = ContentTypes.Resolve(filename, section.ContentType);
        if (contentType is null)
        {
            return ApiProblem.Create(StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType,
                "This file type is not supported.", $"Supported: {string.Join(", ", ContentTypes.Supported)}.");
        }
        var collection = fields.GetValueOrDefault("collection") is { Length: > 0 } c ? c : defaultCollection;
        var options = fields.Where(f => OptionFields.Contains(f.Key)).ToDictionary(f => f.Key.ToLowerInvariant(), f => f.Value);

        var result = await intake.AcceptAsync(new IntakeRequest(collection, filename, contentType, options), section.Body, cancellationToken);
        var body = DocumentResponse.From(result.Document);
        return result.Created ? TypedResults.Accepted(body.StatusUrl, body) : TypedResults.Ok(body);
    }

    public static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> GetDocument(Guid id, DocumentStore documents, CancellationToken cancellationToken) =>
        await documents.GetAsync(id, cancellationToken) is { } document
            ? TypedResults.Ok(DocumentResponse.From(document))
            : ApiProblem.NotFound("document", id);

    public static async Task<Results<Ok<DocumentPage>, ProblemHttpResult>> ListDocuments(
        DocumentStore documents, string? collection, string? status, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        if (number < 1 || size is < 1 or > 500) return ApiProblem.Validation("'page' starts at 1 and 'page_size' is between 1 and 500.");
        var items = await documents.ListAsync(collection, status, (number - 1) * size, size, cancellationToken);
        return TypedResults.Ok(new DocumentPage(items.Select(DocumentResponse.From).ToList(), number, size));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteDocument(Guid id, DocumentDeletion deletion, CancellationToken cancellationToken) =>
        await deletion.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : ApiProblem.NotFound("document", id);
}
