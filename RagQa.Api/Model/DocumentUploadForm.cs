namespace RagQa.Api.Model;

/// <summary>
/// The multipart form of POST /documents, fields in the order the api reads them: the options, then the file. The
/// endpoint streams the form as it arrives (never buffering an upload), so this type only describes it in the contract.
/// </summary>
/// <param name="Collection">Knowledge-base collection; default <c>olist_reviews</c>.</param>
/// <param name="TextColumns">CSV only: comma-separated columns that hold the text.</param>
/// <param name="IdColumn">CSV only: the column that holds each record's own id (its source_id).</param>
/// <param name="MetadataColumns">CSV only: comma-separated columns kept as metadata.</param>
/// <param name="File">The file, sent last (described in the contract by <see cref="OpenApi.ContractSchemas"/>).</param>
public sealed record DocumentUploadForm(string? Collection, string? TextColumns, string? IdColumn, string? MetadataColumns, IFormFile File);
