namespace RagQa.Core.VectorStore;

/// <summary>
/// How far a process has read the <c>chunk_vectors</c> change feed: the snapshot taken before its last
/// read. Rows written by transactions that snapshot could not see (those still running then, or started
/// later) carry an xid at or above <see cref="Xmax"/> or in <see cref="InProgress"/>; the next read asks for
/// exactly those, so a transaction that commits late is never skipped.
/// </summary>
internal sealed record ChangeWatermark(ulong Xmax, ulong[] InProgress);
