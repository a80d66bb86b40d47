namespace RagQa.Core.Data;

/// <summary>
/// Checks a list route's <c>page</c> (from 1) and <c>page_size</c>: the offset <c>(page - 1) × page_size</c> is computed in
/// 64 bits and must fit the 32-bit offset the stores take (page 4294969 of 500 overflowed to a negative offset and a 500).
/// </summary>
public static class PageBounds
{
    /// <returns>An error message, or null with the offset in <paramref name="offset"/>.</returns>
    public static string? Check(int page, int pageSize, int maxPageSize, out int offset)
    {
        offset = 0;
        if (page < 1 || pageSize < 1 || pageSize > maxPageSize) return $"'page' starts at 1 and 'page_size' is between 1 and {maxPageSize}.";
        var rows = (long)(page - 1) * pageSize;
        if (rows > int.MaxValue) return $"'page' × 'page_size' is past the last row any list can have (at most {int.MaxValue} rows are skipped).";
        offset = (int)rows;
        return null;
    }
}
