using RagQa.Core.Ingestion.Chunking;

namespace RagQa.Tests.Ingestion.Chunking;

/// <summary>The real counter, loaded once for all tests (it reads a 230 KB vocabulary).</summary>
internal static class TokenCounters
{
    public static readonly MiniLmTokenCounter MiniLm = new();
}
