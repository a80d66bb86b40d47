using System.Net.Http.Headers;

namespace RagQa.Benchmarks.ApiClient;

/// <summary>
/// What <see cref="RagQaApiClient.UploadDocumentAsync(DocumentUpload, CancellationToken)"/> sends: the file and the form
/// fields <c>POST /documents</c> documents (a CSV's column mapping: which columns hold the text, the record's id and
/// metadata). Unset fields are not sent. The stream is read and disposed by the upload.
/// </summary>
public sealed record DocumentUpload(Stream Content, string FileName)
{
    /// <summary>Knowledge-base collection; the api's default (<c>olist_reviews</c>) when unset.</summary>
    public string? Collection { get; init; }

    /// <summary>Comma-separated CSV columns that hold the text.</summary>
    public string? TextColumns { get; init; }

    /// <summary>The CSV column that holds each record's own id (its <c>source_id</c>).</summary>
    public string? IdColumn { get; init; }

    /// <summary>Comma-separated CSV columns kept as metadata.</summary>
    public string? MetadataColumns { get; init; }

    /// <summary>The file part's media type; the api goes by the file name's extension first, then by this.</summary>
    public string ContentType { get; init; } = "application/octet-stream";

    /// <summary>The multipart form: the fields that are set, in the order the api reads them, then the file.</summary>
    public MultipartFormDataContent ToForm()
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in new[] { ("collection", Collection), ("text_columns", TextColumns), ("id_column", IdColumn), ("metadata_columns", MetadataColumns) })
        {
            if (value is not null) form.Add(new StringContent(value), name);
        }
        var file = new StreamContent(Content);
        file.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
        form.Add(file, "file", FileName);
        return form;
    }
}
