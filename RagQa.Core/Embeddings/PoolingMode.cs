namespace RagQa.Core.Embeddings;

/// <summary>How token vectors become one sentence vector (sentence-transformers' 1_Pooling/config.json).</summary>
internal enum PoolingMode
{
    /// <summary>Average of the token vectors under the attention mask.</summary>
    Mean,

    /// <summary>The first ([CLS]) token's vector.</summary>
    Cls,
}
