namespace RagQa.AppHost;

/// <summary>
/// The schema owner's connection string of a database whose own connection string logs in as the application role;
/// <see cref="RagQaBuilderExtensions.WithSchemaOwner"/> gives it to the api alone, for its migrations.
/// </summary>
public sealed record SchemaOwnerConnectionAnnotation(ReferenceExpression ConnectionString) : IResourceAnnotation;
