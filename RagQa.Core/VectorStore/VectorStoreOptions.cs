using System.ComponentModel.DataAnnotations;

namespace RagQa.Core.VectorStore;

/// <summary>Which vector store the services use, section <c>VectorStore</c>.</summary>
public sealed class VectorStoreOptions
{
    public const string Section = "VectorStore";
    public const string Embedded = "embedded";
    public const string Qdrant = "qdrant";

    /// <summary><c>embedded</c> (vectors in Postgres, scanned in-process; local mode) or <c>qdrant</c> (connection string <c>qdrant</c>).</summary>
    [Required(ErrorMessage = "VectorStore:Provider must be 'embedded' or 'qdrant'.")]
    [AllowedValues(Embedded, Qdrant, ErrorMessage = "VectorStore:Provider must be 'embedded' or 'qdrant'.")]
    public string Provider { get; set; } = Embedded;
}
